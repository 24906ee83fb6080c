"use client";
import { useActionState } from "react";
import { verifyEmailCode, type CodeFormState } from "@/app/[locale]/(live)/dang-nhap/actions";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";

export type CodeEntryTexts = { label: string; hint: string; submit: string; errorCode: string; errorInvalid: string };

export function CodeEntryForm({ requestId, next, texts }: { requestId: string; next: string; texts: CodeEntryTexts }) {
  const [state, action, pending] = useActionState<CodeFormState, FormData>(verifyEmailCode, {});
  const error = state.error === "code" ? texts.errorCode : state.error === "invalid" ? texts.errorInvalid : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="next" value={next} />
      <TextInput
        id="sign-in-code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        label={texts.label}
        hint={texts.hint}
        error={error}
        inputClassName="max-w-48 text-2xl tracking-widest"
        required
      />
      <Button type="submit" disabled={pending}>
        {texts.submit}
      </Button>
    </form>
  );
}
