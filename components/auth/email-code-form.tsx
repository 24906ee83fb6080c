"use client";
import { useActionState } from "react";
import { requestEmailCode, type EmailFormState } from "@/app/[locale]/(live)/dang-nhap/actions";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";

export type EmailCodeFormTexts = { label: string; hint: string; submit: string; errorEmail: string; errorRateLimited: string };

/** The email for a one-time code; errors at the field, the address kept as typed. */
export function EmailCodeForm({ next, texts }: { next: string; texts: EmailCodeFormTexts }) {
  const [state, action, pending] = useActionState<EmailFormState, FormData>(requestEmailCode, {});
  const error = state.error === "email" ? texts.errorEmail : state.error === "rateLimited" ? texts.errorRateLimited : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <TextInput
        id="sign-in-email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        label={texts.label}
        hint={texts.hint}
        error={error}
        defaultValue={state.email}
        key={state.email ?? ""}
        required
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {texts.submit}
      </Button>
    </form>
  );
}
