import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { AgencyPicker } from "@/components/admin/agency-picker";
import { delegateName, localizedName, STATUS_KEY, STATUS_TONE } from "@/components/delegation/labels";
import { Badge } from "@/components/ui/badge";
import { adminPage, type SearchParams } from "@/lib/admin/page-context";
import { delegationFormChoices, mayAdministerDelegations } from "@/lib/delegation/admin-pages";
import { delegationsFor } from "@/lib/delegation/queries";
import { maxFileBytes } from "@/lib/filing/uploads";
import { formatDate } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("DelegationAdmin"))("title"), robots: { index: false } };
}

// The city's delegations (docs/domain/delegation.md): the list, and the form that records one
// from the signed decision. A city-level agency's administrator records their agency's; the
// system administrator picks the delegating agency first. Others: not found.
export default async function DelegationsPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, agency, agencyQuery, isSystem } = await adminPage("/can-bo/quan-tri/uy-quyen", searchParams);
  if (!(await mayAdministerDelegations(actor))) notFound();
  const now = new Date();
  const [t, tD, tAdmin, locale, delegations, choices] = await Promise.all([
    getTranslations("DelegationAdmin"), getTranslations("Delegation"), getTranslations("Admin"), getLocale(), delegationsFor(actor, now), delegationFormChoices(now),
  ]);
  const isDelegator = agency !== null && choices.delegators.some((choice) => choice.id === agency.id);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {agency ? <p className="mt-1 text-muted">{tAdmin("agencyOf", { name: agency.name })}</p> : null}
      <div className="mt-3"><AdminNav agencyQuery={agencyQuery} /></div>
      <p className="max-w-3xl">{t("lead")}</p>

      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("listCaption")}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-2">{t("colDecision")}</th>
              <th scope="col" className="p-2">{t("colDelegator")}</th>
              <th scope="col" className="p-2">{t("colDelegate")}</th>
              <th scope="col" className="p-2">{t("colScope")}</th>
              <th scope="col" className="p-2">{t("colPeriod")}</th>
              <th scope="col" className="p-2">{t("colStatus")}</th>
              <th scope="col" className="p-2">{t("colEvaluation")}</th>
            </tr>
          </thead>
          <tbody>
            {delegations.length === 0 ? (
              <tr><td colSpan={7} className="p-2">{t("empty")}</td></tr>
            ) : delegations.map((item) => (
              <tr key={item.id} className="border-b align-top">
                <td className="p-2"><Link href={`/can-bo/quan-tri/uy-quyen/${item.id}`}>{t("detailLink", { number: item.decisionNumber })}</Link></td>
                <td className="p-2">{localizedName(locale, item.delegator)}</td>
                <td className="p-2">{delegateName(item, locale, tD("groupCOMMUNES"))}</td>
                <td className="p-2">{item.procedure ? t("scopeProcedure", { code: item.procedure.code }) : t("scopeField", { name: localizedName(locale, item.field) })}</td>
                <td className="p-2">
                  {item.validUntil ? t("periodClosed", { from: formatDate(item.validFrom), until: formatDate(item.validUntil) }) : t("periodOpen", { from: formatDate(item.validFrom) })}
                </td>
                <td className="p-2"><Badge tone={STATUS_TONE[item.status]}>{tD(STATUS_KEY[item.status])}</Badge></td>
                <td className="p-2">
                  {item.status === "UPCOMING" ? "—" : <Link href={`/can-bo/quan-tri/uy-quyen/${item.id}#evaluation`}>{t("evaluationLink")}</Link>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="mt-6 max-w-2xl">
        {isSystem ? (
          <div className="mb-4">
            <p className="mb-2">{t("pickDelegator")}</p>
            <AgencyPicker agencies={choices.delegators.map((choice) => ({ id: choice.id, name: choice.name, code: "", validTo: null }))} action="/can-bo/quan-tri/uy-quyen" current={agency?.id} />
          </div>
        ) : null}
        {agency && isDelegator ? (
          <AdminForm
            id="record-delegation" title={t("recordTitle")} description={t("recordDescription")} errorTitle={t("errorTitle")} hidden={{ delegatorId: agency.id }}
            fields={[
              {
                type: "select", name: "delegate", label: t("delegate"), emptyOption: t("chooseOne"),
                options: [{ value: "COMMUNES", label: t("delegateGroupOption") }, ...choices.delegates.filter((choice) => choice.id !== agency.id).map((choice) => ({ value: choice.id, label: choice.name }))],
              },
              { type: "select", name: "scopeKind", label: t("scopeKind"), emptyOption: t("chooseOne"), options: (["PROCEDURE", "FIELD"] as const).map((kind) => ({ value: kind, label: t(`scopeKind${kind}`) })) },
              { type: "text", name: "procedureCode", label: t("procedureCode"), hint: t("procedureCodeHint"), short: true, autoComplete: "off" },
              { type: "select", name: "fieldCode", label: t("fieldCode"), emptyOption: t("chooseOne"), options: choices.fields.map((field) => ({ value: field.code, label: localizedName(locale, field) })) },
              { type: "text", name: "delegateUnitCode", label: t("delegateUnitCode"), hint: t("delegateUnitCodeHint"), short: true, autoComplete: "off" },
              { type: "text", name: "decisionNumber", label: t("decisionNumber"), hint: t("decisionNumberHint"), autoComplete: "off" },
              { type: "date", name: "decisionDate", label: t("decisionDate"), hint: t("dateHint") },
              { type: "text", name: "decisionSigner", label: t("decisionSigner"), autoComplete: "off" },
              { type: "date", name: "validFrom", label: t("validFrom"), hint: t("dateHint") },
              { type: "date", name: "validUntil", label: t("validUntil"), hint: t("validUntilHint") },
              {
                type: "select", name: "delegatorKeepsFiledBefore", label: t("keepsFiledBefore"), defaultValue: "yes",
                options: [{ value: "yes", label: t("keepsYes") }, { value: "no", label: t("keepsNo") }],
              },
              { type: "file", name: "document", label: t("document"), hint: t("documentHint", { max: Math.round(maxFileBytes() / 1024 / 1024) }), accept: "application/pdf" },
            ]}
            buttons={[{ intent: "RECORD_DELEGATION", label: t("recordSubmit") }]}
          />
        ) : null}
      </div>
    </div>
  );
}
