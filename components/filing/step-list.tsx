import Link from "next/link";
import { cx } from "@/components/ui/cx";

export const WIZARD_STEPS = ["nguoi-nop", "to-khai", "giay-to", "kiem-tra"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Where the resident is in the wizard; every step can be revisited (its answers are saved). */
export function StepList({ dossierId, current, labels, label }: { dossierId: string; current: WizardStep; labels: Record<WizardStep, string>; label: string }) {
  const index = WIZARD_STEPS.indexOf(current);
  return (
    <nav aria-label={label} className="mt-4">
      <ol className="grid grid-cols-4 gap-1 text-sm">
        {WIZARD_STEPS.map((step, position) => (
          <li key={step} className={cx("border-t-4 pt-1", position <= index ? "border-brand-700" : "border-muted/30")}>
            <Link
              href={`/nop-ho-so/${dossierId}/${step}`}
              aria-current={step === current ? "step" : undefined}
              className={cx("block min-h-11 no-underline", step === current ? "font-bold text-ink" : "text-muted")}
            >
              <span className="block">{position + 1}.</span>
              {labels[step]}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
