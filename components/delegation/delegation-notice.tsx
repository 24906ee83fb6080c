import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { DelegationListItem } from "@/lib/delegation/queries";
import { formatDate } from "@/lib/i18n/format";

// "Since dd/MM/yyyy, this procedure is handled by the wards as authorised by the Department…"
// on the procedure's page (docs/domain/delegation.md): who handles it now, since when, and under
// which decision. Public facts of the decision only; the page is cached, so nothing of the visitor.

export async function DelegationNotice({ delegations }: { delegations: DelegationListItem[] }) {
  if (delegations.length === 0) return null;
  const t = await getTranslations("Delegation");
  const locale = await getLocale();
  const localized = (row: { name: string; nameEn: string | null } | null) => (row ? (locale === "en" && row.nameEn ? row.nameEn : row.name) : "");
  return (
    <section aria-labelledby="delegation-title" className="mt-3 rounded-lg border-2 border-brand-100 bg-white px-4 py-3">
      <h2 id="delegation-title" className="text-lg font-bold">{t("procedureTitle")}</h2>
      <ul className="mt-1 flex flex-col gap-2">
        {delegations.map((delegation) => {
          const values = {
            from: formatDate(delegation.validFrom),
            delegate: delegation.delegateGroup ? t("delegateGroupInSentence") : localized(delegation.delegateAgency),
            delegator: localized(delegation.delegator),
            number: delegation.decisionNumber,
            date: formatDate(delegation.decisionDate),
          };
          return (
            <li key={delegation.id} data-testid="delegation-notice">
              <p>{t(delegation.status === "ACTIVE" ? "procedureNoteActive" : "procedureNoteUpcoming", values)}</p>
              {delegation.field ? <p className="text-sm">{t("procedureNoteScope", { field: localized(delegation.field) })}</p> : null}
              {delegation.validUntil ? <p className="text-sm">{t("procedureNoteUntil", { until: formatDate(delegation.validUntil) })}</p> : null}
              {delegation.status === "ACTIVE" ? (
                <p className="text-sm"><Link href={`/thong-ke/uy-quyen/${delegation.id}`}>{t("procedureNoteEvaluation")}</Link></p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
