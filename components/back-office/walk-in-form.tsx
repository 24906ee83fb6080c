"use client";
import { useActionState } from "react";
import { walkInAction, type WalkInState } from "@/app/[locale]/(live)/can-bo/(lam-viec)/tiep-nhan/actions";
import { ErrorSummary } from "@/components/filing/error-summary";
import { Button } from "@/components/ui/button";
import { controlClasses, describedBy, FieldFrame } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";

export type WalkInField = { name: string; label: string; type: "text" | "date" | "select" | "textarea" | "number"; required: boolean; options?: { value: string; label: string }[] };
export type WalkInPaper = { id: string; name: string; required: boolean };
export type WalkInTexts = {
  applicantLegend: string; formLegend: string; papersLegend: string; papersHint: string; submit: string; optional: string; choose: string; dateHint: string;
  labels: Record<"fullName" | "nationalId" | "dateOfBirth" | "phone" | "email" | "address", string>;
  errors: Record<string, string>; summary: string;
};

/** The counter's form: the applicant, the procedure's own form, a scan of each paper; one send. */
export function WalkInForm({ procedure, idempotencyKey, fields, papers, texts }: { procedure: string; idempotencyKey: string; fields: WalkInField[]; papers: WalkInPaper[]; texts: WalkInTexts }) {
  const [state, action, pending] = useActionState<WalkInState, FormData>(walkInAction, {});
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  const round = JSON.stringify(state).length;
  const message = (name: string) => (errors[name] ? (texts.errors[errors[name]!] ?? texts.errors.required) : undefined);
  const summary = Object.keys(errors).map((name) => ({ href: `#walk-in-${name.replace(/\./g, "-")}`, text: message(name)! }));
  return (
    <form action={action} encType="multipart/form-data" className="flex flex-col gap-6" noValidate>
      {summary.length > 0 ? <ErrorSummary title={texts.summary} items={summary} /> : null}
      <input type="hidden" name="procedure" value={procedure} />
      <input type="hidden" name="key" value={idempotencyKey} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-xl font-bold">{texts.applicantLegend}</legend>
        {(["fullName", "nationalId", "dateOfBirth", "phone", "email", "address"] as const).map((name) => (
          <TextInput
            key={`${name}-${round}`} id={`walk-in-${name}`} name={name} label={texts.labels[name]} defaultValue={values[name]} error={message(name)}
            hint={name === "dateOfBirth" ? texts.dateHint : undefined} inputMode={name === "nationalId" || name === "phone" ? "numeric" : undefined}
            autoComplete="off" className={name === "address" ? "" : "max-w-md"}
          />
        ))}
      </fieldset>
      {fields.length > 0 ? (
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 text-xl font-bold">{texts.formLegend}</legend>
          {fields.map((field) => {
            const id = `walk-in-field-${field.name}`;
            const name = `field.${field.name}`;
            const error = message(name);
            const label = field.required ? field.label : `${field.label} (${texts.optional})`;
            if (field.type === "select") {
              return (
                <FieldFrame key={`${field.name}-${round}`} id={id} label={label} error={error}>
                  <select id={id} name={name} defaultValue={values[name] ?? ""} className={controlClasses} aria-describedby={describedBy(id, undefined, error)} aria-invalid={error ? true : undefined}>
                    <option value="">{texts.choose}</option>
                    {field.options?.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                  </select>
                </FieldFrame>
              );
            }
            if (field.type === "textarea") {
              return (
                <FieldFrame key={`${field.name}-${round}`} id={id} label={label} error={error}>
                  <textarea id={id} name={name} defaultValue={values[name] ?? ""} rows={3} className={controlClasses} aria-describedby={describedBy(id, undefined, error)} aria-invalid={error ? true : undefined} />
                </FieldFrame>
              );
            }
            return (
              <TextInput key={`${field.name}-${round}`} id={id} name={name} label={label} defaultValue={values[name]} error={error}
                hint={field.type === "date" ? texts.dateHint : undefined} inputMode={field.type === "number" ? "numeric" : undefined} className="max-w-md" />
            );
          })}
        </fieldset>
      ) : null}
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-xl font-bold">{texts.papersLegend}</legend>
        <p className="text-sm text-muted">{texts.papersHint}</p>
        {papers.map((paper) => (
          <TextInput
            key={paper.id} id={`walk-in-paper-${paper.id}`} name={`paper.${paper.id}`} type="file" accept="application/pdf,image/jpeg,image/png"
            label={paper.required ? paper.name : `${paper.name} (${texts.optional})`} error={message(`paper.${paper.id}`)}
          />
        ))}
      </fieldset>
      <div><Button type="submit" disabled={pending}>{texts.submit}</Button></div>
    </form>
  );
}
