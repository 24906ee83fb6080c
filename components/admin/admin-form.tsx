"use client";
import { useActionState } from "react";
import { acceptInvitationAction, adminAction } from "@/app/[locale]/(live)/can-bo/(lam-viec)/quan-tri/actions";
import type { AdminFormState } from "@/lib/admin/form-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClasses, describedBy, FieldFrame } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";

// One administrator's form described by data (fields, hidden ids, buttons), so that each field's
// error sits next to it and what was typed comes back. A plain post: it works without JavaScript.

export type AdminField =
  | { type: "text" | "email" | "date" | "password"; name: string; label: string; hint?: string; defaultValue?: string; autoComplete?: string; short?: boolean }
  | { type: "select"; name: string; label: string; hint?: string; options: { value: string; label: string }[]; emptyOption?: string; defaultValue?: string }
  | { type: "file"; name: string; label: string; hint?: string; accept: string }
  | { type: "textarea"; name: string; label: string; hint?: string; rows?: number };

export type AdminButton = { intent: string; label: string; variant?: "primary" | "secondary" | "danger" };

const ACTIONS = { admin: adminAction, accept: acceptInvitationAction } as const;

export function AdminForm({
  kind = "admin", id, title, description, hidden = {}, fields = [], buttons, errorTitle,
}: {
  kind?: keyof typeof ACTIONS;
  id: string;
  title?: string;
  description?: string;
  hidden?: Record<string, string>;
  fields?: AdminField[];
  buttons: AdminButton[];
  errorTitle: string;
}) {
  const [state, action, pending] = useActionState<AdminFormState, FormData>(ACTIONS[kind], {});
  const mine = state.intent !== undefined && (kind !== "admin" || buttons.some((button) => button.intent === state.intent));
  const errors = mine ? (state.fieldErrors ?? {}) : {};
  const values = mine ? (state.values ?? {}) : {};
  // A new key after each answer re-mounts the fields with what was typed.
  const round = JSON.stringify(state).length;
  const body = (
    <form action={action} className="flex flex-col gap-3" noValidate>
      {mine && state.formError ? <Alert tone="error" title={errorTitle}>{state.formError}</Alert> : null}
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {fields.map((field) => {
        const fieldId = `${id}-${field.name}`;
        const error = errors[field.name];
        if (field.type === "file") {
          // Never given back: the browser cannot refill a file field; the error asks for it again.
          return <TextInput key={field.name} id={fieldId} name={field.name} type="file" accept={field.accept} label={field.label} hint={field.hint} error={error} />;
        }
        if (field.type === "textarea") {
          return (
            <FieldFrame key={`${field.name}-${round}`} id={fieldId} label={field.label} hint={field.hint} error={error}>
              <textarea
                id={fieldId} name={field.name} rows={field.rows ?? 3} defaultValue={values[field.name]} className={controlClasses}
                aria-describedby={describedBy(fieldId, field.hint, error)} aria-invalid={error ? true : undefined}
              />
            </FieldFrame>
          );
        }
        if (field.type === "select") {
          return (
            <Select
              key={`${field.name}-${round}`} id={fieldId} name={field.name} label={field.label} hint={field.hint} error={error}
              options={field.options} emptyOption={field.emptyOption} defaultValue={values[field.name] ?? field.defaultValue}
            />
          );
        }
        return (
          <TextInput
            key={`${field.name}-${round}`} id={fieldId} name={field.name} label={field.label} hint={field.hint} error={error}
            type={field.type === "date" ? "text" : field.type} autoComplete={field.autoComplete}
            defaultValue={field.type === "password" ? undefined : (values[field.name] ?? field.defaultValue)}
            placeholder={field.type === "date" ? "dd/MM/yyyy" : undefined} inputMode={field.type === "date" ? "numeric" : undefined}
            inputClassName={field.type === "date" || field.short ? "max-w-56" : undefined}
          />
        );
      })}
      <div className="flex flex-wrap gap-2">
        {buttons.map((button) => (
          <Button key={button.intent} type="submit" name="intent" value={button.intent} variant={button.variant ?? "primary"} disabled={pending}>
            {button.label}
          </Button>
        ))}
      </div>
    </form>
  );
  if (!title) return body;
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-md border border-line bg-white p-4">
      <h2 id={`${id}-title`} className="text-lg font-bold">{title}</h2>
      {description ? <p className="mt-1 text-muted">{description}</p> : null}
      <div className="mt-3">{body}</div>
    </section>
  );
}
