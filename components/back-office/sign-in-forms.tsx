"use client";
import Link from "next/link";
import { useActionState } from "react";
import {
  makeRecoveryCodes, submitOfficerCode, submitOfficerPassword, type OfficerCodeState, type OfficerPasswordState, type RecoveryCodesState,
} from "@/app/[locale]/(live)/can-bo/dang-nhap/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";

export type PasswordFormTexts = {
  email: string; password: string; submit: string; errorEmail: string; errorPassword: string;
  errorInvalid: string; errorLocked: string; errorRateLimited: string;
};

export function OfficerPasswordForm({ next, texts }: { next: string; texts: PasswordFormTexts }) {
  const [state, action, pending] = useActionState<OfficerPasswordState, FormData>(submitOfficerPassword, {});
  const formError = state.error === "invalid" ? texts.errorInvalid : state.error === "locked" ? texts.errorLocked : state.error === "rateLimited" ? texts.errorRateLimited : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" name="next" value={next} />
      <TextInput id="officer-email" name="email" type="email" autoComplete="username" label={texts.email} defaultValue={state.email} error={state.errors?.email ? texts.errorEmail : undefined} required />
      <TextInput id="officer-password" name="password" type="password" autoComplete="current-password" label={texts.password} error={state.errors?.password ? texts.errorPassword : undefined} required />
      <Button type="submit" disabled={pending}>{texts.submit}</Button>
    </form>
  );
}

export type CodeFormTexts = {
  label: string; hint: string; submit: string; errorCode: string; errorInvalid: string; errorExpired: string;
  errorLocked: string; errorRateLimited: string; startAgain: string;
};

export function OfficerCodeForm({ next, texts }: { next: string; texts: CodeFormTexts }) {
  const [state, action, pending] = useActionState<OfficerCodeState, FormData>(submitOfficerCode, {});
  const error = { code: texts.errorCode, invalid: texts.errorInvalid, expired: texts.errorExpired, locked: texts.errorLocked, rateLimited: texts.errorRateLimited }[state.error ?? "none" as never] as string | undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <TextInput
        id="officer-code" name="code" autoComplete="one-time-code" maxLength={9} label={texts.label} hint={texts.hint}
        error={error} inputClassName="max-w-56 text-2xl tracking-widest" required autoFocus
      />
      {state.error === "expired" || state.error === "locked" ? <p><Link href="/can-bo/dang-nhap">{texts.startAgain}</Link></p> : null}
      <Button type="submit" disabled={pending}>{texts.submit}</Button>
    </form>
  );
}

export type RecoveryTexts = { make: string; title: string; lead: string; continue: string };

/** Makes the officer's recovery codes and shows them, once. */
export function RecoveryCodesForm({ next, texts }: { next: string; texts: RecoveryTexts }) {
  const [state, action, pending] = useActionState<RecoveryCodesState, FormData>(makeRecoveryCodes, {});
  if (state.codes) {
    return (
      <section aria-labelledby="recovery-title" className="rounded-md border-2 border-success-800 bg-white p-4">
        <h2 id="recovery-title" className="text-xl font-bold">{texts.title}</h2>
        <p className="mt-2">{texts.lead}</p>
        <ol className="mt-3 grid grid-cols-2 gap-2 font-mono text-lg" aria-label={texts.title}>
          {state.codes.map((code) => <li key={code}>{code}</li>)}
        </ol>
        <p className="mt-4"><Link href={next} className="font-semibold">{texts.continue}</Link></p>
      </section>
    );
  }
  return (
    <form action={action}>
      <Button type="submit" disabled={pending}>{texts.make}</Button>
    </form>
  );
}
