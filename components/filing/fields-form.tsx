"use client";
import { useActionState } from "react";
import { saveFormStep, type StepState } from "@/app/[locale]/(live)/nop-ho-so/[id]/actions";
import { Button } from "@/components/ui/button";
import { controlClasses, describedBy, FieldFrame } from "@/components/ui/field";
import type { FieldErrorCode } from "@/lib/filing/form-fields";
import { ErrorSummary } from "./error-summary";

/** A field of the procedure's form, already in the visitor's language. */
export type ShownField = {
  name: string;
  label: string;
  hint?: string;
  type: "text" | "date" | "select" | "textarea" | "number";
  required: boolean;
  maxLength?: number;
  options?: { value: string; label: string }[];
};

type Props = {
  dossierId: string;
  fields: ShownField[];
  values: Record<string, string>;
  texts: { summary: string; errors: Record<FieldErrorCode, string>; optional: string; choose: string; next: string; dateHint: string };
};

/** The procedure's own form, from data; the browser gets hints (required, length), the server checks. */
export function FieldsForm({ dossierId, fields, values: saved, texts }: Props) {
  const [state, action, pending] = useActionState<StepState<FieldErrorCode>, FormData>(saveFormStep, {});
  const values = state.raw ?? saved;
  const errorOf = (name: string) => (state.errors?.[name] ? texts.errors[state.errors[name]] : undefined);
  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="dossierId" value={dossierId} />
      {state.errors ? (
        <ErrorSummary
          title={texts.summary}
          items={fields.filter((field) => state.errors?.[field.name]).map((field) => ({ href: `#field-${field.name}`, text: `${field.label}: ${errorOf(field.name)}` }))}
        />
      ) : null}
      {fields.map((field) => {
        const id = `field-${field.name}`;
        const error = errorOf(field.name);
        const hint = field.type === "date" ? [field.hint, texts.dateHint].filter(Boolean).join(" ") : field.hint;
        const label = field.required ? field.label : `${field.label} ${texts.optional}`;
        const common = {
          id,
          name: field.name,
          defaultValue: values[field.name] ?? "",
          "aria-describedby": describedBy(id, hint, error),
          "aria-invalid": error ? true : undefined,
          required: field.required,
        } as const;
        return (
          <FieldFrame key={`${field.name}:${values[field.name] ?? ""}`} id={id} label={label} hint={hint} error={error}>
            {field.type === "select" ? (
              <select className={controlClasses} {...common}>
                <option value="">{texts.choose}</option>
                {(field.options ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : field.type === "textarea" ? (
              <textarea className={`${controlClasses} min-h-32`} maxLength={field.maxLength} {...common} />
            ) : (
              <input
                className={controlClasses}
                type="text"
                inputMode={field.type === "number" || field.type === "date" ? "numeric" : undefined}
                maxLength={field.maxLength}
                {...common}
              />
            )}
          </FieldFrame>
        );
      })}
      <Button type="submit" disabled={pending} className="self-start">
        {texts.next}
      </Button>
    </form>
  );
}
