import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { WalkInForm } from "@/components/back-office/walk-in-form";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { requireOfficer } from "@/lib/auth/staff";
import { walkInProcedure, walkInProcedures } from "@/lib/back-office/walk-in";
import { maxFileBytes } from "@/lib/filing/uploads";
import { formatBytes } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("WalkIn"))("title"), robots: { index: false } };
}

/** Walk-in intake at the desk: choose the procedure, then the applicant, the form and the scans. */
export default async function WalkInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requireOfficer("/can-bo/tiep-nhan");
  if (actor.officerRole !== "DESK_OFFICER") notFound();
  const t = await getTranslations("WalkIn");
  const tFiling = await getTranslations("Filing");
  const tErrors = await getTranslations("FieldErrors");
  const tUpload = await getTranslations("UploadErrors");
  const english = (await getLocale()) === "en";
  const params = await searchParams;
  const code = typeof params["thu-tuc"] === "string" ? params["thu-tuc"] : "";
  const procedures = await walkInProcedures(actor.agencyId);
  const procedure = code ? await walkInProcedure(actor.agencyId, code) : null;
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("lead")}</p>
      <form method="get" action="/can-bo/tiep-nhan" className="mt-4 flex flex-wrap items-end gap-2">
        <Select id="walk-in-procedure" name="thu-tuc" label={t("procedure")} defaultValue={procedure?.code ?? ""} emptyOption={t("chooseProcedure")}
          options={procedures.map((row) => ({ value: row.code, label: `${row.name} (${row.code})` }))} className="min-w-0 flex-1" />
        <Button type="submit" variant="secondary">{t("choose")}</Button>
      </form>
      {procedure ? (
        <section aria-labelledby="walk-in-title" className="mt-6 rounded-md border border-line bg-white p-4">
          <h2 id="walk-in-title" className="mb-4 text-xl font-bold">{procedure.name}</h2>
          <WalkInForm
            procedure={procedure.code}
            idempotencyKey={randomUUID()}
            fields={procedure.fields.map((field) => ({
              name: field.name, label: english ? field.labelEn : field.label, type: field.type, required: field.required,
              options: field.options?.map((option) => ({ value: option.value, label: english ? option.labelEn : option.label })),
            }))}
            papers={procedure.requiredDocuments.map((paper) => ({ id: paper.id, name: paper.name, required: paper.isRequired }))}
            texts={{
              applicantLegend: t("applicant"), formLegend: t("form"), papersLegend: t("papers"), papersHint: t("papersHint", { max: formatBytes(maxFileBytes()) }),
              submit: t("submit"), optional: tFiling("optional"), choose: tFiling("choose"), dateHint: tFiling("dateHint"), summary: tErrors("summary"),
              labels: { fullName: tFiling("fullName"), nationalId: tFiling("nationalId"), dateOfBirth: tFiling("dateOfBirth"), phone: tFiling("phone"), email: tFiling("email"), address: tFiling("address") },
              errors: {
                required: tErrors("required"), tooLong: tErrors("tooLong"), date: tErrors("date"), option: tErrors("option"), number: tErrors("number"),
                nationalId: tErrors("nationalId"), phone: tErrors("phone"), email: tErrors("email"),
                missingFile: tUpload("missingFile"), tooLarge: tUpload("tooLarge", { max: formatBytes(maxFileBytes()) }), type: tUpload("type"),
                empty: tUpload("empty"), dossierFull: tUpload("dossierFull"), notEditable: tUpload("notEditable"), slot: tUpload("failed"),
              },
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
