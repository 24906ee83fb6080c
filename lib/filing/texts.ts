import "server-only";
import { getTranslations } from "next-intl/server";
import type { ApplicantTexts } from "@/components/filing/applicant-form";
import type { UploadTexts } from "@/components/filing/upload-slot";
import { formatBytes } from "@/lib/i18n/format";
import { maxFileBytes } from "./uploads";

/** The applicant step's words, for its client form (client components get only what they show). */
export async function applicantTexts(): Promise<ApplicantTexts> {
  const t = await getTranslations("Filing");
  const e = await getTranslations("FieldErrors");
  return {
    modeLegend: t("modeLegend"), modeSelf: t("modeSelf"), modeOrganization: t("modeOrganization"), modeRepresentative: t("modeRepresentative"),
    organizationLegend: t("organizationLegend"), identityNote: t("identityNote"), fullName: t("fullName"), nationalId: t("nationalId"),
    nationalIdHint: t("nationalIdHint"), dateOfBirth: t("dateOfBirth"), dateHint: t("dateHint"), phone: t("phone"), phoneHint: t("phoneHint"),
    email: t("email"), address: t("address"), representativeLegend: t("representativeLegend"), representativeHint: t("representativeHint"),
    principalFullName: t("principalFullName"), principalNationalId: t("principalNationalId"), next: t("saveAndContinue"),
    errorSummary: e("summary"),
    errors: {
      required: e("required"), tooLong: e("tooLong"), nationalId: e("nationalId"), phone: e("phone"), email: e("email"), date: e("date"),
      organization: e("organization"), mode: e("required"),
    },
  };
}

export async function fieldErrorTexts() {
  const e = await getTranslations("FieldErrors");
  return {
    summary: e("summary"),
    errors: { required: e("required"), tooLong: e("tooLong"), date: e("date"), option: e("option"), number: e("number") },
  };
}

export async function uploadTexts(): Promise<UploadTexts> {
  const t = await getTranslations("Filing");
  const u = await getTranslations("UploadErrors");
  return {
    choose: t("chooseFile"), upload: t("uploadFile"), uploading: t("uploading"), progress: t("uploadProgress"),
    limits: t("uploadLimits", { max: formatBytes(maxFileBytes()) }),
    errors: {
      empty: u("empty"), tooLarge: u("tooLarge", { max: formatBytes(maxFileBytes()) }), dossierFull: u("dossierFull"), type: u("type"),
      slot: u("failed"), notEditable: u("notEditable"), missingFile: u("missingFile"), notFound: u("failed"), origin: u("failed"), failed: u("failed"),
    },
  };
}
