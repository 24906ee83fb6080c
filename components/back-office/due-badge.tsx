import { getTranslations } from "next-intl/server";
import type { DueState } from "@/lib/back-office/queue-rules";

const TONE: Record<DueState, string> = {
  OVERDUE: "border-danger-800 bg-danger-50 text-danger-800",
  DUE_SOON: "border-warning-800 bg-warning-50 text-warning-800",
  IN_TIME: "border-line bg-surface text-ink",
};
const MARK: Record<DueState, string> = { OVERDUE: "!", DUE_SOON: "◷", IN_TIME: "✓" };

/** Overdue / due soon / in time, in words with a mark; the colour only repeats them. */
export async function DueBadge({ state }: { state: DueState }) {
  const t = await getTranslations("Queues");
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold ${TONE[state]}`}>
      <span aria-hidden="true">{MARK[state]}</span> {t(`due${state}`)}
    </span>
  );
}
