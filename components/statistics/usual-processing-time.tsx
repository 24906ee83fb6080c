import { useTranslations } from "next-intl";
import { WINDOW_DAYS } from "@/lib/statistics/percentiles";
import type { UsualProcessingTime } from "@/lib/statistics/types";

/**
 * "Usually resolved in N working days", with what the figure rests on (docs/domain/statistics.md,
 * "How long it really takes"). Nothing when too few dossiers back it. A server component.
 */
export function UsualProcessingTimeNote({ usual, className }: { usual: UsualProcessingTime; className?: string }) {
  const t = useTranslations("ProcessingTime");
  if (usual.workingDays === null || usual.basis === null) return null;
  const values = { sample: usual.sample, window: WINDOW_DAYS };
  return (
    <div className={className} data-testid="usual-processing-time">
      <p className="font-semibold">{usual.workingDays === 0 ? t("usuallySameDay") : t("usually", { days: usual.workingDays })}</p>
      <p className="text-sm text-muted">{usual.basis === "agency" ? t("basisAgency", values) : t("basisProcedure", values)}</p>
    </div>
  );
}
