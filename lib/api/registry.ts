// Every endpoint of /api/v1, in the order the reference page lists them. The OpenAPI document is
// built from this list, and a unit test checks it against the route files under app/api/v1: an
// endpoint missing here, or a route without a contract, fails the test suite.
import type { TEndpoint } from "./contract";
import { estimateDueDateEndpoint } from "./endpoints/due-date";
import { lookUpDossierEndpoint } from "./endpoints/dossiers";
import { fileDossierEndpoint } from "./endpoints/filing";
import { openApiDocumentEndpoint } from "./endpoints/openapi-document";
import { getProcedureEndpoint, listProceduresEndpoint } from "./endpoints/procedures";
import { getNationalIndexEndpoint, getProcessingTimeEndpoint, getStatisticsEndpoint } from "./endpoints/statistics";

/** Raised when a contract changes what a client sees (a field, a parameter, a status). */
export const API_VERSION = "1.0.0";

export const API_ENDPOINTS: readonly TEndpoint[] = [
  listProceduresEndpoint,
  getProcedureEndpoint,
  getProcessingTimeEndpoint,
  lookUpDossierEndpoint,
  getStatisticsEndpoint,
  getNationalIndexEndpoint,
  estimateDueDateEndpoint,
  fileDossierEndpoint,
  openApiDocumentEndpoint,
];
