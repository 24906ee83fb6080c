import type { ReactNode } from "react";
import { cx } from "./cx";

export type TFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
};

/** ids of the hint and error of a field, for aria-describedby. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** Label, hint and error around one control; the control is passed as children. */
export function FieldFrame({ id, label, hint, error, className, children }: TFieldProps & { children: ReactNode }) {
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="font-semibold text-ink">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-danger-800">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export const controlClasses =
  "min-h-12 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink " +
  "aria-invalid:border-danger-800";
