import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplicantForm } from "@/components/filing/applicant-form";
import { WizardFrame } from "@/components/filing/wizard-frame";
import { contactDefaults, identityFacts } from "@/lib/filing/identity";
import { draftForPage } from "@/lib/filing/load-for-page";
import { applicantTexts } from "@/lib/filing/texts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Filing");
  return { title: t("stepApplicant") };
}

export default async function ApplicantStepPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, draft } = await draftForPage(id, "nguoi-nop");
  const t = await getTranslations("Filing");
  const [identity, contact] = await Promise.all([identityFacts(user.id), contactDefaults(user.id)]);
  const saved = draft.applicantAnswers;
  const defaults: Record<string, string> = saved
    ? Object.fromEntries(Object.entries(saved).map(([key, value]) => [key, value ?? ""]))
    : {
        mode: "SELF",
        fullName: contact?.fullName ?? "",
        nationalId: contact?.nationalId ?? "",
        dateOfBirth: contact?.dateOfBirth ? contact.dateOfBirth.toISOString().slice(0, 10).split("-").reverse().join("/") : "",
        phone: contact?.phone ?? "",
        email: contact?.email ?? "",
        address: contact?.address ?? "",
      };
  if (saved?.dateOfBirth) defaults.dateOfBirth = saved.dateOfBirth.split("-").reverse().join("/");
  return (
    <WizardFrame draft={draft} step="nguoi-nop" title={t("applicantTitle")}>
      <ApplicantForm
        dossierId={draft.id}
        identity={identity}
        defaults={defaults}
        organizations={user.organizations.map((organization) => ({ id: organization.id, label: `${organization.name} (${t("taxCode")} ${organization.taxCode})` }))}
        texts={await applicantTexts()}
      />
    </WizardFrame>
  );
}
