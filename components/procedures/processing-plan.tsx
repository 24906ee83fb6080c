import { useTranslations } from "next-intl";
import type { TProcedureDetail } from "@/lib/procedures/queries";
import { useProcedureText } from "./use-procedure-text";

/** The internal processing plan (quy trình nội bộ): who does what, in which order, in how long. */
export function ProcessingPlan({ steps }: { steps: TProcedureDetail["steps"] }) {
  const t = useTranslations("Procedure");
  const tEnums = useTranslations("Enums");
  const text = useProcedureText();
  return (
    <ol className="mt-3 grid gap-3">
      {steps.map((step, index) => (
        <li key={step.position} className="rounded-md border-l-4 border-brand-700 bg-surface px-4 py-3">
          <p className="font-semibold">{t("step", { n: index + 1, name: text.name(step.name, step.nameEn) })}</p>
          <ul className="mt-1 text-sm">
            <li>{t("stepUnit", { unit: tEnums(`unitKind.${step.unitKind}`) })}</li>
            <li>{t("stepRole", { role: tEnums(`role.${step.role}`) })}</li>
            <li>
              {step.durationValue !== null && step.durationUnit !== null
                ? t("stepDuration", { duration: text.duration(step.durationValue, step.durationUnit) })
                : t("stepDurationUnknown")}
            </li>
          </ul>
          {step.description ? (
            <p lang={text.sourceLang} className="mt-1 text-sm text-muted">
              {step.description}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
