import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { TVerifiedPaper } from "@/lib/verification/schemas";

const nameOf = (named: { name: string; nameEn: string | null }, english: boolean): string => (english && named.nameEn ? named.nameEn : named.name);

/** What the public may know of an issued paper, as a list of facts (no personal data). */
export async function PaperFacts({ paper, english }: { paper: TVerifiedPaper; english: boolean }) {
  const t = await getTranslations("Verification");
  // Resolved under a delegation: on whose authority, by which decision (as the receipt says).
  const authorisation = (by: TVerifiedPaper["authorisedBy"]): [string, ReactNode][] =>
    by ? [[t("authorisedBy"), t("authorisedByValue", { delegator: nameOf(by.delegator, english), number: by.decisionNumber, date: formatDate(new Date(`${by.decisionDate}T00:00:00+07:00`)) })]] : [];
  const rows: [string, ReactNode][] =
    paper.kind === "RESULT"
      ? [
          [t("documentKind"), paper.documentKind === "REFUSAL" ? t("kindREFUSAL") : t("kindRESULT")],
          [t("issuingAgency"), nameOf(paper.agency, english)],
          ...authorisation(paper.authorisedBy),
          [t("procedure"), `${nameOf(paper.procedure, english)} (${paper.procedure.code})`],
          [t("issuedAt"), formatDateTime(new Date(paper.issuedAt))],
          [t("verificationCode"), <span key="code" className="font-mono">{paper.code}</span>],
          [t("sha256"), <code key="sha" className="break-all" data-testid="issued-sha256">{paper.sha256}</code>],
        ]
      : [
          [t("documentKind"), t("kindRECEIPT")],
          [t("dossierCode"), <span key="dossier" className="font-mono">{paper.dossierCode}</span>],
          [t("receivingAgency"), nameOf(paper.agency, english)],
          ...(paper.authorisedBy ? ([[t("resolvingAgency"), nameOf(paper.authorisedBy.agency, english)]] as [string, ReactNode][]) : []),
          ...authorisation(paper.authorisedBy),
          [t("procedure"), `${nameOf(paper.procedure, english)} (${paper.procedure.code})`],
          [t("receivedAt"), formatDateTime(new Date(paper.receivedAt))],
          [
            t("appointment"),
            `${paper.appointmentPrecision === "INSTANT" ? formatDateTime(new Date(paper.appointmentAt)) : formatDate(new Date(paper.appointmentAt))}${paper.isAppointmentProvisional ? ` ${t("provisional")}` : ""}`,
          ],
          [t("verificationCode"), <span key="code" className="font-mono">{paper.code}</span>],
        ];
  return (
    <>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[13rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      {paper.kind === "RESULT" ? <p className="text-sm">{t("sha256Hint")}</p> : <p className="text-sm">{t("receiptCompare")}</p>}
      {paper.kind === "RESULT" && !paper.isStamped ? <p className="text-sm">{t("notStamped")}</p> : null}
    </>
  );
}
