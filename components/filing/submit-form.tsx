"use client";
import { useActionState } from "react";
import { submitStep, type SubmitState } from "@/app/[locale]/(live)/nop-ho-so/[id]/actions";
import { Button } from "@/components/ui/button";

type Texts = { declaration: string; submit: string; declarationError: string; incompleteError: string };

/** The declaration and the one button that sends; a second click waits (and the server makes one dossier anyway). */
export function SubmitForm({ dossierId, texts }: { dossierId: string; texts: Texts }) {
  const [state, action, pending] = useActionState<SubmitState, FormData>(submitStep, {});
  const error = state.error === "declaration" ? texts.declarationError : state.error === "incomplete" ? texts.incompleteError : undefined;
  return (
    <form action={action} className="mt-6 flex flex-col gap-4">
      <input type="hidden" name="dossierId" value={dossierId} />
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
