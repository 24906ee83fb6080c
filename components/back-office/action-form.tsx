"use client";
import { useActionState } from "react";
import {
  decideApologyAction, draftApologyAction, officerAction, type OfficerActionState,
} from "@/app/[locale]/(live)/can-bo/(lam-viec)/ho-so/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClasses, describedBy, FieldFrame } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";

// One officer action as a form described by data (fields and buttons), so that each field's error,
// in the officer's language, sits next to the field. Works without JavaScript (a plain post).

export type ActionField =
  | { type: "text" | "date" | "amount"; name: string; label: string; hint?: string; defaultValue?: string }
  | { type: "textarea"; name: string; label: string; hint?: string; rows?: number }
  | { type: "select"; name: string; label: string; hint?: string; options: { value: string; label: string }[]; emptyOption?: string }
  | { type: "file"; name: string; label: string; hint?: string; accept: string }
  | { type: "confirm"; name: string; label: string }
  | { type: "checklist"; name: string; label: string; hint?: string; items: { value: string; label: string; detail?: string; required: boolean }[] };

export type ActionButton = { intent: string; label: string; variant?: "primary" | "secondary" | "danger" };

const ACTIONS = { officer: officerAction, draftApology: draftApologyAction, decideApology: decideApologyAction } as const;

export function ActionForm({
  kind = "officer", id, dossierId, version, title, fields, buttons, buttonName = "intent", errorTitle,
}: {
  kind?: keyof typeof ACTIONS;
  id: string;
  dossierId: string;
  version: number;
  title: string;
  fields: ActionField[];
  buttons: ActionButton[];
  buttonName?: string;
  errorTitle: string;
}) {
  const [state, action, pending] = useActionState<OfficerActionState, FormData>(ACTIONS[kind], {});
  const mine = state.intent ? buttons.some((button) => button.intent === state.intent) || kind !== "officer" : false;
  const errors = mine ? (state.fieldErrors ?? {}) : {};
  const values = mine ? (state.values ?? {}) : {};
  const value = (name: string): string | undefined => values[name]?.[0];
  // A new key after each answer re-mounts the fields with what the officer typed.
  const round = JSON.stringify(state).length;
  const hasFile = fields.some((field) => field.type === "file");
  // An error for a field this form does not show is still said, at the top.
  const unmatched = Object.entries(errors).filter(([name]) => !fields.some((field) => field.name === name)).map(([, message]) => message);
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-md border border-line bg-white p-4">
      <h3 id={`${id}-title`} className="text-lg font-bold">{title}</h3>
      <form action={action} className="mt-3 flex flex-col gap-3" noValidate {...(hasFile ? { encType: "multipart/form-data" } : {})}>
        {mine && (state.formError || unmatched.length > 0) ? (
          <Alert tone="error" title={errorTitle}>{[state.formError, ...unmatched].filter(Boolean).join(" ")}</Alert>
        ) : null}
        <input type="hidden" name="dossierId" value={dossierId} />
        <input type="hidden" name="version" value={version} />
        {fields.map((field) => {
          const fieldId = `${id}-${field.name}`;
          const error = errors[field.name];
          switch (field.type) {
            case "textarea":
              return (
                <FieldFrame key={field.name} id={fieldId} label={field.label} hint={field.hint} error={error}>
                  <textarea key={round} defaultValue={value(field.name)} id={fieldId} name={field.name} rows={field.rows ?? 3} className={controlClasses} aria-describedby={describedBy(fieldId, field.hint, error)} aria-invalid={error ? true : undefined} />
                </FieldFrame>
              );
            case "select":
              return <Select key={`${field.name}-${round}`} defaultValue={value(field.name)} id={fieldId} name={field.name} label={field.label} hint={field.hint} error={error} options={field.options} emptyOption={field.emptyOption} />;
            case "file":
              return <TextInput key={field.name} id={fieldId} name={field.name} type="file" accept={field.accept} label={field.label} hint={field.hint} error={error} />;
            case "confirm":
              return (
                <div key={field.name} className="flex flex-col gap-1">
                  {error ? <p id={`${fieldId}-error`} className="text-sm font-semibold text-danger-800">{error}</p> : null}
                  <label className="flex min-h-11 items-center gap-2">
                    <input key={round} defaultChecked={value(field.name) === "yes"} id={fieldId} type="checkbox" name={field.name} value="yes" className="size-5" aria-describedby={error ? `${fieldId}-error` : undefined} />
                    {field.label}
                  </label>
                </div>
              );
            case "checklist":
              return (
                <fieldset key={field.name} className="flex flex-col gap-1" aria-describedby={describedBy(fieldId, field.hint, error)}>
                  <legend className="font-semibold">{field.label}</legend>
                  {field.hint ? <p id={`${fieldId}-hint`} className="text-sm text-muted">{field.hint}</p> : null}
                  {error ? <p id={`${fieldId}-error`} className="text-sm font-semibold text-danger-800">{error}</p> : null}
                  {field.items.map((item, index) => (
                    <label key={item.value} className="flex min-h-11 items-start gap-2 py-1">
                      <input key={round} defaultChecked={values[field.name]?.includes(item.value)} type="checkbox" name={field.name} value={item.value} className="mt-1 size-5 shrink-0" id={index === 0 ? fieldId : undefined} />
                      <span>
                        {item.label}
                        {item.detail ? <span className="block text-sm text-muted">{item.detail}</span> : null}
                      </span>
                    </label>
                  ))}
                </fieldset>
              );
            default:
              return (
                <TextInput
                  key={`${field.name}-${round}`} id={fieldId} name={field.name} label={field.label} hint={field.hint} error={error} defaultValue={value(field.name) ?? field.defaultValue}
                  inputMode={field.type === "amount" ? "numeric" : undefined} placeholder={field.type === "date" ? "dd/MM/yyyy" : undefined}
                  inputClassName={field.type === "text" ? undefined : "max-w-56"}
                />
              );
          }
        })}
        <div className="flex flex-wrap gap-2">
          {buttons.map((button) => (
            <Button key={button.intent} type="submit" name={buttonName} value={button.intent} variant={button.variant ?? "primary"} disabled={pending}>
              {button.label}
            </Button>
          ))}
        </div>
      </form>
    </section>
  );
}
