import "server-only";
// A scope as written in a URL (codes) → the rows it covers and its name. An unknown code is "not
// found", with the parameter's error, like any other wrong parameter.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldError, type QueryParameter, type StatisticsScope } from "./query";
import type { ScopeFilter } from "./read-rollups";

export type ResolvedScope = {
  scope: StatisticsScope;
  filter: ScopeFilter;
  info: { kind: StatisticsScope["kind"]; code: string | null; name: string; nameEn: string | null };
};

const CITY = { name: "Thành phố Hà Nội", nameEn: "Hà Nội city" };

function notFound(parameter: QueryParameter): never {
  const error = fieldError(`${parameter}.invalid` as Parameters<typeof fieldError>[0]);
  throw new AppError("NOT_FOUND", { fields: { [parameter]: `${error.message} / ${error.messageEn}` } });
}

export async function resolveScope(scope: StatisticsScope): Promise<ResolvedScope> {
  switch (scope.kind) {
    case "city":
      return { scope, filter: {}, info: { kind: "city", code: null, ...CITY } };
    case "agency": {
      const agency = await db.agency.findFirst({
        where: { OR: [{ code: scope.agency }, { slug: scope.agency }] },
        select: { id: true, code: true, name: true, nameEn: true },
      });
      if (!agency) notFound("agency");
      return { scope, filter: { agencyId: agency.id }, info: { kind: "agency", code: agency.code, name: agency.name, nameEn: agency.nameEn } };
    }
    case "field": {
      const field = await db.field.findUnique({
        where: { code: scope.field },
        select: { code: true, name: true, nameEn: true, procedures: { select: { id: true } } },
      });
      if (!field) notFound("field");
      return {
        scope,
        filter: { procedureIds: field.procedures.map((procedure) => procedure.id) },
        info: { kind: "field", code: field.code, name: field.name, nameEn: field.nameEn },
      };
    }
    case "procedure": {
      const procedure = await db.procedure.findUnique({ where: { code: scope.procedure }, select: { id: true, code: true, name: true, nameEn: true } });
      if (!procedure) notFound("procedure");
      return { scope, filter: { procedureIds: [procedure.id] }, info: { kind: "procedure", code: procedure.code, name: procedure.name, nameEn: procedure.nameEn } };
    }
  }
}
