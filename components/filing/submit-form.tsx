"use client";
import { useActionState } from "react";
import { submitStep, type SubmitState } from "@/app/[locale]/(live)/nop-ho-so/[id]/actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

type Texts = { declaration: string; submit: string; declarationError: string; incompleteError: string };
/** The ward to name when the procedure was delegated to every ward since the draft was begun. */
export type WardQuestion = { label: string; hint: string; error: string; choose: string; options: { value: string; label: string }[] };

/** The declaration and the one button that sends; a second click waits (and the server makes one dossier anyway). */
export function SubmitForm({ dossierId, texts, ward }: { dossierId: string; texts: Texts; ward?: WardQuestion | null }) {
  const [state, action, pending] = useActionState<SubmitState, FormData>(submitStep, {});
  const error = state.error === "declaration" ? texts.declarationError : state.error === "incomplete" ? texts.incompleteError : undefined;
  return (
    <form action={action} className="mt-6 flex flex-col gap-4">
      <input type="hidden" name="dossierId" value={dossierId} />
      {ward ? (
        <Select
          id="delegate-ward" name="delegateAgencyId" label={ward.label} hint={ward.hint} emptyOption={ward.choose} options={ward.options}
          error={state.error === "ward" ? ward.error : undefined}
        />
      ) : null}
      {error ? (
        <p id="declaration-error" role="alert" className="font-semibold text-danger-800">
          {error}
        </p>
      ) : null}
      <label className="flex items-start gap-3 rounded-md border-2 border-muted p-4">
        <input
          type="checkbox"
          name="declaration"
          value="yes"
          className="mt-1 size-5 shrink-0"
          aria-describedby={error ? "declaration-error" : undefined}
          aria-invalid={state.error === "declaration" ? true : undefined}
        />
        <span>{texts.declaration}</span>
      </label>
      <Button type="submit" disabled={pending} className="self-start text-lg">
        {texts.submit}
      </Button>
    </form>
  );
}
