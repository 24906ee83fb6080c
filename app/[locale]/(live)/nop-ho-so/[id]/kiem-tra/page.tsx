import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SubmitForm } from "@/components/filing/submit-form";
import { WizardFrame } from "@/components/filing/wizard-frame";
import { Alert } from "@/components/ui/alert";
import { residentActor } from "@/lib/auth/session";
import { wardsToChoose } from "@/lib/delegation/ward-choice";
import { completeness } from "@/lib/filing/drafts";
import { identityFacts } from "@/lib/filing/identity";
import { draftForPage } from "@/lib/filing/load-for-page";
import { AUTHORISATION_SLOT } from "@/lib/filing/uploads";
import { formatBytes } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Filing");
  return { title: t("stepReview") };
}

function Section({ title, change, changeLabel, children }: { title: string; change: string; changeLabel: string; children: ReactNode }) {
  return (
    <section className="mt-6 border-t border-muted/40 pt-4">
      <div className="flex items-baseline justify-between gap-4">
        <h2 className="text-xl font-semibold">{title}</h2>
        <Link href={change}>
          {changeLabel} <span className="sr-only">{title}</span>
        </Link>
      </div>
      <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]">{children}</dl>
    </section>
  );
}

const Row = ({ label, value }: { label: string; value: ReactNode }) => (
  <>
    <dt className="font-semibold">{label}</dt>
    <dd className="break-words">{value}</dd>
  </>
);

export default async function ReviewStepPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, draft } = await draftForPage(id, "kiem-tra");
  const t = await getTranslations("Filing");
  const tDelegation = await getTranslations("Delegation");
  const wards = await wardsToChoose(residentActor(user), draft.id, new Date());
  const english = (await getLocale()) === "en";
  const state = completeness(draft, { identity: await identityFacts(user.id), organizationIds: user.organizations.map((organization) => organization.id) });
  const applicant = draft.applicantAnswers;
  const paperName = (slot: string) => (slot === AUTHORISATION_SLOT ? t("authorisationPaper") : (draft.procedure.requiredDocuments.find((paper) => paper.id === slot)?.name ?? slot));
  const shown = (value: unknown) => (value === undefined || value === "" ? t("notGiven") : String(value));
  const complete = state.applicant && state.form && state.missingDocuments.length === 0;
  return (
    <WizardFrame draft={draft} step="kiem-tra" title={t("reviewTitle")}>
      <p>{t("reviewLead")}</p>
      {!complete ? (
        <Alert tone="warning" title={t("incompleteTitle")} className="mt-4">
          <ul className="list-disc pl-6">
            {!state.applicant ? <li><Link href={`/nop-ho-so/${draft.id}/nguoi-nop`}>{t("incompleteApplicant")}</Link></li> : null}
            {!state.form ? <li><Link href={`/nop-ho-so/${draft.id}/to-khai`}>{t("incompleteForm")}</Link></li> : null}
            {state.missingDocuments.map((slot) => (
              <li key={slot}>
                <Link href={`/nop-ho-so/${draft.id}/giay-to#o-${slot}`}>{t("incompleteDocument", { name: paperName(slot) })}</Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Section title={t("stepApplicant")} change={`/nop-ho-so/${draft.id}/nguoi-nop`} changeLabel={t("change")}>
        {applicant ? (
          <>
            <Row label={t("modeLegend")} value={applicant.mode === "ORGANIZATION" ? t("modeOrganization") : applicant.mode === "REPRESENTATIVE" ? t("modeRepresentative") : t("modeSelf")} />
            {applicant.mode === "ORGANIZATION" ? <Row label={t("organizationLegend")} value={user.organizations.find((organization) => organization.id === applicant.organizationId)?.name ?? ""} /> : null}
            <Row label={t("fullName")} value={shown(applicant.fullName)} />
            <Row label={t("nationalId")} value={shown(applicant.nationalId)} />
            <Row label={t("phone")} value={shown(applicant.phone)} />
            <Row label={t("email")} value={shown(applicant.email)} />
            <Row label={t("address")} value={shown(applicant.address)} />
            {applicant.mode === "REPRESENTATIVE" ? (
              <>
                <Row label={t("principalFullName")} value={shown(applicant.principalFullName)} />
                <Row label={t("principalNationalId")} value={shown(applicant.principalNationalId)} />
              </>
            ) : null}
          </>
        ) : (
          <Row label={t("stepApplicant")} value={t("notGiven")} />
        )}
      </Section>
      <Section title={t("stepForm")} change={`/nop-ho-so/${draft.id}/to-khai`} changeLabel={t("change")}>
        {draft.fields.map((field) => {
          const value = draft.answers[field.name];
          const option = field.options?.find((candidate) => candidate.value === value);
          const text = option ? (english ? option.labelEn : option.label) : field.type === "date" && typeof value === "string" ? value.split("-").reverse().join("/") : value;
          return <Row key={field.name} label={english ? field.labelEn : field.label} value={shown(text)} />;
        })}
      </Section>
      <Section title={t("stepDocuments")} change={`/nop-ho-so/${draft.id}/giay-to`} changeLabel={t("change")}>
        {draft.documents.length === 0 ? <Row label={t("stepDocuments")} value={t("notGiven")} /> : null}
        {draft.documents.map((document) => (
          <Row key={document.id} label={paperName(document.requirementId ?? AUTHORISATION_SLOT)} value={`${document.name} (${formatBytes(document.sizeBytes)})`} />
        ))}
      </Section>
      <section className="mt-8 border-t border-muted/40 pt-4">
        <h2 className="text-xl font-semibold">{t("declarationTitle")}</h2>
        <SubmitForm
          dossierId={draft.id}
          texts={{ declaration: t("declaration"), submit: t("submit"), declarationError: t("declarationError"), incompleteError: t("incompleteError") }}
          ward={wards ? {
            label: tDelegation("wardLabel"), hint: tDelegation("wardHint"), error: tDelegation("wardError"), choose: tDelegation("wardChoose"),
            options: wards.map((ward) => ({ value: ward.id, label: english && ward.nameEn ? ward.nameEn : ward.name })),
          } : null}
        />
      </section>
    </WizardFrame>
  );
}
