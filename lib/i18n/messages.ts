// Both catalogues must have the same keys: each `satisfies` below fails to compile when a key is
// missing from one language. The back office's areas keep their texts in files of their own
// (one top-level namespace each), merged here.
import adminEn from "./messages/admin.en.json";
import adminVi from "./messages/admin.vi.json";
import apiEn from "./messages/api.en.json";
import apiVi from "./messages/api.vi.json";
import backOfficeEn from "./messages/back-office.en.json";
import backOfficeVi from "./messages/back-office.vi.json";
import delegationEn from "./messages/delegation.en.json";
import delegationVi from "./messages/delegation.vi.json";
import mainEn from "./messages/en.json";
import formsEn from "./messages/forms.en.json";
import formsVi from "./messages/forms.vi.json";
import reportsEn from "./messages/reports.en.json";
import reportsVi from "./messages/reports.vi.json";
import mainVi from "./messages/vi.json";
import nationalIndexEn from "./messages/national-index.en.json";
import nationalIndexVi from "./messages/national-index.vi.json";
import processingTimeEn from "./messages/processing-time.en.json";
import processingTimeVi from "./messages/processing-time.vi.json";
import statisticsPagesEn from "./messages/statistics-pages.en.json";
import statisticsPagesVi from "./messages/statistics-pages.vi.json";
import verificationEn from "./messages/verification.en.json";
import verificationVi from "./messages/verification.vi.json";
import type { TLocale } from "./config";

const vi = { ...mainVi, ...backOfficeVi, ...formsVi, ...reportsVi, ...adminVi, ...nationalIndexVi, ...processingTimeVi, ...apiVi, ...verificationVi, ...statisticsPagesVi, ...delegationVi };
const en = { ...mainEn, ...backOfficeEn, ...formsEn, ...reportsEn, ...adminEn, ...nationalIndexEn, ...processingTimeEn, ...apiEn, ...verificationEn, ...statisticsPagesEn, ...delegationEn };

export type TMessages = typeof vi;

export const MESSAGES: Record<TLocale, TMessages> = {
  vi: vi satisfies typeof en,
  en: en satisfies typeof vi,
};
