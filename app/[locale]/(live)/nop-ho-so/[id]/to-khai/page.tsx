import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FieldsForm } from "@/components/filing/fields-form";
import { WizardFrame } from "@/components/filing/wizard-frame";
import { answersAsInput, MAX_LENGTH } from "@/lib/filing/form-fields";
import { draftForPage } from "@/lib/filing/load-for-page";
import { fieldErrorTexts } from "@/lib/filing/texts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Filing");
  return { title: t("stepForm") };
}

export default async function FormStepPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { draft } = await draftForPage(id, "to-khai");
  const t = await getTranslations("Filing");
  const english = (await getLocale()) === "en";
  const values = answersAsInput(draft.fields, draft.answers);
  for (const field of draft.fields) {
    // Dates are stored yyyy-MM-dd and shown dd/MM/yyyy, as on Vietnamese papers.
    if (field.type === "date" && values[field.name]) values[field.name] = values[field.name]!.split("-").reverse().join("/");
  }
  const errorTexts = await fieldErrorTexts();
  return (
    <WizardFrame draft={draft} step="to-khai" title={t("formTitle")}>
      <p className="mb-6">{t("formLead")}</p>
      <FieldsForm
        dossierId={draft.id}
        values={values}
        fields={draft.fields.map((field) => ({
          name: field.name,
          label: english ? field.labelEn : field.label,
          ...(english ? (field.hintEn ? { hint: field.hintEn } : {}) : field.hint ? { hint: field.hint } : {}),
          type: field.type,
          required: field.required,
          ...(field.type === "text" || field.type === "textarea" ? { maxLength: MAX_LENGTH[field.type] } : {}),
          ...(field.options ? { options: field.options.map((option) => ({ value: option.value, label: english ? option.labelEn : option.label })) } : {}),
        }))}
        texts={{ ...errorTexts, optional: t("optional"), choose: t("choose"), next: t("saveAndContinue"), dateHint: t("dateHint") }}
      />
    </WizardFrame>
  );
}
