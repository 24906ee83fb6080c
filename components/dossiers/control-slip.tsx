import { getLocale, getTranslations } from "next-intl/server";
import type { ResidentDossier } from "@/lib/dossiers/resident-view";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

/**
 * The control slip (Mẫu 05) as the applicant reads it: every hand-over with the unit, when it was
 * received, by when it was due and when it was done, and whether that was early, on time or late.
 * In words, never in colour alone.
 */
export async function ControlSlip({ steps, now }: { steps: ResidentDossier["processingSteps"]; now: Date }) {
  const t = await getTranslations("Dossier");
  const english = (await getLocale()) === "en";
  if (steps.length === 0) return <p>{t("slipEmpty")}</p>;
  const when = (date: Date | null, precision: string | null) => (date ? (precision === "INSTANT" ? formatDateTime(date) : formatDate(date)) : "—");
  return (
    <ol className="flex flex-col gap-3">
      {steps.map((step) => {
        const isLate = !step.completedAt && step.dueAt !== null && step.dueAt < now;
        const verdict = step.outcome ? t(`outcome.${step.outcome}`) : isLate ? t("outcome.OVERDUE") : t("outcome.OPEN");
        const place = [step.unit ? (english && step.unit.nameEn ? step.unit.nameEn : step.unit.name) : null, english && step.agency.nameEn ? step.agency.nameEn : step.agency.name]
          .filter(Boolean)
          .join(", ");
        return (
          <li key={step.id} className="rounded-md border-l-4 border-brand-700 bg-white p-3 shadow-sm">
            <p className="font-semibold">
              {step.sequence}. {step.title}
              {step.isBounce ? <span className="ml-2 text-sm font-normal">({t("sentBack")})</span> : null}
            </p>
            <p className="text-sm">{place}</p>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt className="text-muted">{t("legReceived")}</dt>
              <dd>{formatDateTime(step.startedAt)}</dd>
              <dt className="text-muted">{t("legDue")}</dt>
              <dd>{when(step.dueAt, step.duePrecision)}</dd>
              <dt className="text-muted">{t("legDone")}</dt>
              <dd>{step.completedAt ? formatDateTime(step.completedAt) : "—"}</dd>
              <dt className="text-muted">{t("legVerdict")}</dt>
              <dd className={step.outcome === "LATE" || isLate ? "font-semibold text-danger-800" : "font-semibold"}>{verdict}</dd>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
