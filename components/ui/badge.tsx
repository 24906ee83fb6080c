import type { ReactNode } from "react";
import { cx } from "./cx";

export type TBadgeTone = "neutral" | "info" | "success" | "warning";

const tones: Record<TBadgeTone, string> = {
  neutral: "border-line bg-surface text-ink",
  info: "border-brand-100 bg-brand-50 text-brand-900",
  success: "border-success-800/30 bg-success-50 text-success-800",
  warning: "border-warning-800/30 bg-warning-50 text-warning-800",
};

/** A short status label. The text carries the meaning; the colour only repeats it. */
export function Badge({ tone = "neutral", children }: { tone?: TBadgeTone; children: ReactNode }) {
  return (
    <span className={cx("inline-flex items-center rounded border px-2 py-0.5 text-sm font-semibold", tones[tone])}>
      {children}
    </span>
  );
}
