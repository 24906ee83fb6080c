import type { ReactNode } from "react";
import { cx } from "./cx";

export type TAlertTone = "info" | "success" | "warning" | "error";

const tones: Record<TAlertTone, string> = {
  info: "border-brand-700 bg-brand-50",
  success: "border-success-800 bg-success-50",
  warning: "border-warning-800 bg-warning-50",
  error: "border-danger-800 bg-danger-50",
};

/**
 * A notice in the page flow. The title says what kind of notice it is in words; errors are
 * announced by screen readers as they appear (role="alert").
 */
export function Alert({
  tone = "info",
  title,
  children,
  className,
  titleAs: Title = "p",
}: {
  tone?: TAlertTone;
  title?: ReactNode;
  /** A heading when the notice opens a page's news (a confirmation), a paragraph otherwise. */
  titleAs?: "p" | "h2";
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div role={tone === "error" ? "alert" : undefined} className={cx("rounded-md border-l-4 p-4 text-ink", tones[tone], className)}>
      {title ? <Title className="text-base font-semibold">{title}</Title> : null}
      {children ? <div className={cx(title ? "mt-1" : undefined, "space-y-2")}>{children}</div> : null}
    </div>
  );
}
