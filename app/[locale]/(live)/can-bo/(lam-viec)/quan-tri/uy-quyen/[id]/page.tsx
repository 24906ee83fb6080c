import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { DoneNotice } from "@/components/admin/done-notice";
import { DelegationSubject } from "@/components/delegation/evaluation-heading";
import { EvaluationView } from "@/components/delegation/evaluation-view";
import { STATUS_KEY, STATUS_TONE } from "@/components/delegation/labels";
import { Badge } from "@/components/ui/badge";
import { adminPage, firstParam, type SearchParams } from "@/lib/admin/page-context";
import { mayAdministerDelegations } from "@/lib/delegation/admin-pages";
import { delegationEvaluation } from "@/lib/delegation/read-evaluation";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("DelegationAdmin"))("title"), robots: { index: false } };
}

const DONE = ["ghi", "ket-thuc", "thu-hoi"] as const;

// One delegation in the administration: its facts, the evaluation the city asked for, and the
// forms that end or revoke it. Another agency's delegation is not found.
export default async function DelegationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const page = await adminPage(`/can-bo/quan-tri/uy-quyen/${id}`, searchParams);
  if (!(await mayAdministerDelegations(page.actor))) notFound();
  const now = new Date();
  const found = await delegationEvaluation(id, now);
  // In scope: the agency administrator's own agency's delegations; the system administrator's any.
  if (!found || (page.actor.agencyId && found.delegation.delegatorId !== page.actor.agencyId)) notFound();
  const { delegation, evaluation } = found;
  const [t, tD] = await Promise.all([getTranslations("DelegationAdmin"), getTranslations("Delegation")]);
  const done = firstParam(page.params.xong);
  const isOpen = delegation.status === "ACTIVE" || delegation.status === "UPCOMING";
  const agencyQuery = page.isSystem ? `?co-quan=${delegation.delegatorId}` : "";
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("detailTitle", { number: delegation.decisionNumber })}</h1>
      <DelegationSubject delegation={delegation} />
      <div className="mt-3 print:hidden"><AdminNav agencyQuery={agencyQuery} /></div>
      {(DONE as readonly string[]).includes(done) ? <DoneNotice title={t("doneTitle")}>{t(`done_${done as (typeof DONE)[number]}`)}</DoneNotice> : null}

      <section aria-labelledby="delegation-facts" className="mt-4">
        <h2 id="delegation-facts" className="text-xl font-bold">{t("factsTitle")}</h2>
        <dl className="mt-2 grid max-w-3xl grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("colStatus")}</dt>
          <dd><Badge tone={STATUS_TONE[delegation.status]}>{tD(STATUS_KEY[delegation.status])}</Badge></dd>
          <dt className="font-semibold">{t("factDecisionDate")}</dt>
          <dd>{formatDate(delegation.decisionDate)}</dd>
          <dt className="font-semibold">{t("factSigner")}</dt>
          <dd>{delegation.decisionSigner}</dd>
          <dt className="font-semibold">{t("factPeriod")}</dt>
          <dd>
            {delegation.validUntil
              ? t("periodClosed", { from: formatDate(delegation.validFrom), until: formatDate(delegation.validUntil) })
              : t("periodOpen", { from: formatDate(delegation.validFrom) })}
          </dd>
          {delegation.decisionDocumentId ? (
            <>
              <dt className="font-semibold">{t("factDocument")}</dt>
              <dd><a href={`/api/can-bo/uy-quyen/${delegation.id}/quyet-dinh`} download>{t("documentLink")}</a></dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("factFiledBefore")}</dt>
          <dd>{tD(delegation.delegatorKeepsFiledBefore ? "keepsFiledBefore" : "handsOverFiledBefore")}</dd>
          {delegation.delegateUnitCode ? (
            <>
              <dt className="font-semibold">{t("factUnit")}</dt>
              <dd className="font-mono">{delegation.delegateUnitCode}</dd>
            </>
          ) : null}
          {delegation.revokedAt ? (
            <>
              <dt className="font-semibold">{t("factRevokedAt")}</dt>
              <dd>{formatDateTime(delegation.revokedAt)}{delegation.revocationReason ? ` · ${t("factRevocation")}: ${delegation.revocationReason}` : ""}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="evaluation" className="mt-6">
        <h2 id="evaluation" className="text-xl font-bold">{tD("evaluationTitle")}</h2>
        <EvaluationView evaluation={evaluation} csvHref={`/thong-ke/uy-quyen/${delegation.id}/tai-ve`} />
        <p className="mt-2 print:hidden"><Link href={`/thong-ke/uy-quyen/${delegation.id}`}>{t("publicLink")}</Link></p>
      </section>

      {isOpen ? (
        <div className="mt-6 grid max-w-2xl gap-4 print:hidden">
          <AdminForm
            id="end-delegation" title={t("endTitle")} description={t("endDescription")} errorTitle={t("errorTitle")} hidden={{ delegationId: delegation.id }}
            fields={[{ type: "date", name: "validUntil", label: t("lastDay"), hint: t("dateHint"), defaultValue: delegation.validUntil ? formatDate(delegation.validUntil) : undefined }]}
            buttons={[{ intent: "END_DELEGATION", label: t("endSubmit") }]}
          />
          <AdminForm
            id="revoke-delegation" title={t("revokeTitle")} description={t("revokeDescription")} errorTitle={t("errorTitle")} hidden={{ delegationId: delegation.id }}
            fields={[{ type: "textarea", name: "reason", label: t("revokeReason") }]}
            buttons={[{ intent: "REVOKE_DELEGATION", label: t("revokeSubmit"), variant: "danger" }]}
          />
        </div>
      ) : null}
      <p className="mt-6 print:hidden"><Link href={`/can-bo/quan-tri/uy-quyen${agencyQuery}`}>{t("back")}</Link></p>
    </div>
  );
}
