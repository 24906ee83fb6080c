import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { delegationsToEvaluate } from "@/lib/delegation/queries";
import { formatDate } from "@/lib/i18n/format";
import { delegateName, localizedName } from "./labels";

/**
 * The public statistics' way to the evaluations of delegations (issue 10): the city's page lists
 * them all, a procedure's page those of the procedure. Public facts of the decisions only.
 */
export async function DelegationEvaluationsList({ procedureCode }: { procedureCode?: string }) {
  const delegations = await delegationsToEvaluate(new Date(), procedureCode);
  if (delegations.length === 0) return null;
  const t = await getTranslations("Delegation");
  const locale = await getLocale();
  return (
    <section aria-labelledby="delegation-evaluations" className="mt-6 rounded-lg border border-line bg-white px-4 py-3">
      <h2 id="delegation-evaluations" className="text-lg font-bold">{t("evaluationsTitle")}</h2>
      <p className="mt-1 text-sm">{t("evaluationsLead")}</p>
      <ul className="mt-2 list-disc pl-6">
        {delegations.map((delegation) => (
          <li key={delegation.id}>
            <Link href={`/thong-ke/uy-quyen/${delegation.id}`}>
              {t("evaluationPageTitle", { number: delegation.decisionNumber })}
            </Link>
            {": "}
            {t("evaluationSubject", {
              delegator: localizedName(locale, delegation.delegator),
              delegate: delegateName(delegation, locale, t("groupCOMMUNES")),
              scope: delegation.procedure
                ? t("scopeProcedure", { code: delegation.procedure.code, name: localizedName(locale, delegation.procedure) })
                : t("scopeField", { name: localizedName(locale, delegation.field) }),
            })}{" "}
            ({t("handledSince", { date: formatDate(delegation.validFrom) })})
          </li>
        ))}
      </ul>
    </section>
  );
}
