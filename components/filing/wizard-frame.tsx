import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { WizardDraft } from "@/lib/filing/drafts";
import { StepList, type WizardStep } from "./step-list";

/** Heading of every wizard step: the procedure, the agency, the draft's reference, the steps. */
export async function WizardFrame({ draft, step, title, children }: { draft: WizardDraft; step: WizardStep; title: string; children: ReactNode }) {
  const t = await getTranslations("Filing");
  const english = (await getLocale()) === "en";
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <p className="text-sm text-muted">
        {english && draft.procedure.nameEn ? draft.procedure.nameEn : draft.procedure.name} ·{" "}
        {english && draft.agency.nameEn ? draft.agency.nameEn : draft.agency.name}
      </p>
      <p className="text-sm text-muted">
        {t("draftReference")} <span className="font-mono">{draft.reference}</span> · {t("draftSaved")}{" "}
        <Link href="/ho-so">{t("resumeLater")}</Link>
      </p>
      <StepList
        dossierId={draft.id}
        current={step}
        label={t("stepsLabel")}
        labels={{ "nguoi-nop": t("stepApplicant"), "to-khai": t("stepForm"), "giay-to": t("stepDocuments"), "kiem-tra": t("stepReview") }}
      />
      <h1 className="mt-6 text-2xl font-bold sm:text-3xl">{title}</h1>
      <div className="mt-4">{children}</div>
    </div>
  );
}
