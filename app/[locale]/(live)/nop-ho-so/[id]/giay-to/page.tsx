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
  // Required papers first; the others (papers for particular cases, notes) after them.
  const ordered = [...slots.filter((slot) => slot.required), ...slots.filter((slot) => !slot.required)];
  const firstOptional = ordered.findIndex((slot) => !slot.required);
  const used = draft.documents.reduce((sum, document) => sum + document.sizeBytes, 0);
  const remove = removeDocument.bind(null, draft.id);
  return (
    <WizardFrame draft={draft} step="giay-to" title={t("documentsTitle")}>
      <p>{t("documentsLead")}</p>
      <p className="mt-2 text-sm text-muted">
        {t("documentsUsage", { used: formatBytes(used), max: formatBytes(maxDossierBytes()) })}
      </p>
      {[
        { key: "required", title: t("requiredPapers"), list: ordered.slice(0, firstOptional === -1 ? ordered.length : firstOptional) },
        { key: "other", title: t("otherPapers"), list: firstOptional === -1 ? [] : ordered.slice(firstOptional) },
      ]
        .filter((group) => group.list.length > 0)
        .map((group) => (
          <section key={group.key} aria-labelledby={`papers-${group.key}`} className="mt-6">
            <h2 id={`papers-${group.key}`} className="text-lg font-semibold">
              {group.title}
            </h2>
            <ol className="mt-3 flex flex-col gap-4">
              {group.list.map((slot, index) => {
                const files = draft.documents.filter((document) => (document.requirementId ?? AUTHORISATION_SLOT) === slot.id);
                return (
                  <li key={slot.id} id={`o-${slot.id}`} className="rounded-lg border border-muted/40 p-4">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <h3 className="font-semibold">
                        {index + 1}. {slot.name}
                      </h3>
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
          </section>
        ))}
      <ButtonLink href={`/nop-ho-so/${draft.id}/kiem-tra`} className="mt-8">
        {t("continue")}
      </ButtonLink>
    </WizardFrame>
  );
}
