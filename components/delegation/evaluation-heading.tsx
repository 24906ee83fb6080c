import { getLocale, getTranslations } from "next-intl/server";
import type { DelegationListItem } from "@/lib/delegation/queries";
import { formatDate } from "@/lib/i18n/format";
import { delegateName, localizedName } from "./labels";

/** Who delegated what to whom, under which decision: the public facts heading an evaluation. */
export async function DelegationSubject({ delegation }: { delegation: DelegationListItem }) {
  const t = await getTranslations("Delegation");
  const locale = await getLocale();
  const scope = delegation.procedure
    ? t("scopeProcedure", { code: delegation.procedure.code, name: localizedName(locale, delegation.procedure) })
    : t("scopeField", { name: localizedName(locale, delegation.field) });
  return (
    <div className="mt-1">
      <p>{t("evaluationSubject", { delegator: localizedName(locale, delegation.delegator), delegate: delegateName(delegation, locale, t("groupCOMMUNES")), scope })}</p>
      <p className="text-sm">
        {t("authorisedBy", { delegator: localizedName(locale, delegation.delegator), number: delegation.decisionNumber, date: formatDate(delegation.decisionDate) })}
        {" · "}
        {t("handledSince", { date: formatDate(delegation.validFrom) })}
      </p>
    </div>
  );
}
