import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, Button } from "@/components/ui/button";
import { UploadSlot } from "@/components/filing/upload-slot";
import { WizardFrame } from "@/components/filing/wizard-frame";
import { draftForPage } from "@/lib/filing/load-for-page";
import { uploadTexts } from "@/lib/filing/texts";
import { AUTHORISATION_SLOT, maxDossierBytes, maxFileBytes } from "@/lib/filing/uploads";
import { formatBytes } from "@/lib/i18n/format";
import { removeDocument } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Filing");
  return { title: t("stepDocuments") };
}

export default async function DocumentsStepPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const { draft } = await draftForPage(id, "giay-to");
  const t = await getTranslations("Filing");
  const texts = await uploadTexts();
  const failedSlot = typeof query.o === "string" ? query.o : null;
  const failure = typeof query.loi === "string" ? (texts.errors[query.loi] ?? texts.errors.failed) : undefined;
  const slots = [
    ...draft.procedure.requiredDocuments.map((paper) => ({ id: paper.id, name: paper.name, group: paper.groupName, required: paper.isRequired, formName: paper.formName })),
    ...(draft.applicantAnswers?.mode === "REPRESENTATIVE" ? [{ id: AUTHORISATION_SLOT, name: t("authorisationPaper"), group: null, required: true, formName: null }] : []),
  ];
  const used = draft.documents.reduce((sum, document) => sum + document.sizeBytes, 0);
  const remove = removeDocument.bind(null, draft.id);
  return (
    <WizardFrame draft={draft} step="giay-to" title={t("documentsTitle")}>
      <p>{t("documentsLead")}</p>
      <p className="mt-2 text-sm text-muted">
        {t("documentsUsage", { used: formatBytes(used), max: formatBytes(maxDossierBytes()) })}
      </p>
      <ol className="mt-6 flex flex-col gap-4">
        {slots.map((slot, index) => {
          const files = draft.documents.filter((document) => (document.requirementId ?? AUTHORISATION_SLOT) === slot.id);
          return (
            <li key={slot.id} id={`o-${slot.id}`} className="rounded-lg border border-muted/40 p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 className="font-semibold">
                  {index + 1}. {slot.name}
                </h2>
                <Badge tone={slot.required ? "warning" : "neutral"}>{slot.required ? t("required") : t("optionalPaper")}</Badge>
              </div>
              {slot.group ? <p className="text-sm text-muted">{slot.group}</p> : null}
              {files.map((file) => (
                <div key={file.id} className="mt-3 flex flex-wrap items-center gap-3 rounded-md bg-success-50 p-3">
                  <span aria-hidden="true">✓</span>
                  <span className="font-semibold">{t("uploaded")}</span>
                  <a href={`/api/ho-so/${draft.id}/giay-to/${file.id}`} className="break-all">
                    {file.name}
                  </a>
                  <span className="text-sm text-muted">{formatBytes(file.sizeBytes)}</span>
                  <form action={remove}>
                    <input type="hidden" name="documentId" value={file.id} />
                    <Button type="submit" variant="secondary" className="min-h-10 px-3 py-1 text-sm">
                      {t("removeFile")} <span className="sr-only">{file.name}</span>
                    </Button>
                  </form>
                </div>
              ))}
              <UploadSlot
                dossierId={draft.id}
                slot={slot.id}
                label={slot.name}
                back={`/nop-ho-so/${draft.id}/giay-to`}
                maxFileBytes={maxFileBytes()}
                initialError={failedSlot === slot.id ? failure : undefined}
                texts={{ ...texts, choose: files.length > 0 ? t("replaceFile") : texts.choose }}
              />
            </li>
          );
        })}
      </ol>
      <ButtonLink href={`/nop-ho-so/${draft.id}/kiem-tra`} className="mt-8">
        {t("continue")}
      </ButtonLink>
    </WizardFrame>
  );
}
