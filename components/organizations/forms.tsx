"use client";
import { useActionState } from "react";
import { inviteAction, registerAction, type InviteState, type RegisterState } from "@/app/[locale]/(live)/doanh-nghiep/actions";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";

type RegisterTexts = { taxCode: string; taxCodeHint: string; name: string; address: string; submit: string; errors: Record<string, string> };

export function RegisterOrganizationForm({ texts }: { texts: RegisterTexts }) {
  const [state, action, pending] = useActionState<RegisterState, FormData>(registerAction, {});
  const error = (name: "taxCode" | "name" | "address") => (state.errors?.[name] ? texts.errors[state.errors[name]!] : undefined);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <TextInput id="org-taxCode" name="taxCode" label={texts.taxCode} hint={texts.taxCodeHint} inputMode="numeric" error={error("taxCode")} defaultValue={state.raw?.taxCode} key={`t${state.raw?.taxCode ?? ""}`} required />
      <TextInput id="org-name" name="name" label={texts.name} error={error("name")} defaultValue={state.raw?.name} key={`n${state.raw?.name ?? ""}`} required maxLength={200} />
      <TextInput id="org-address" name="address" label={texts.address} error={error("address")} defaultValue={state.raw?.address} key={`a${state.raw?.address ?? ""}`} maxLength={300} />
      <Button type="submit" disabled={pending} className="self-start">
        {texts.submit}
      </Button>
    </form>
  );
}

type InviteTexts = { email: string; hint: string; submit: string; sent: string; errors: Record<string, string> };

export function InviteForm({ organizationId, texts }: { organizationId: string; texts: InviteTexts }) {
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="organizationId" value={organizationId} />
      {state.sent ? (
        <p role="status" className="font-semibold text-success-800">
          {texts.sent}
        </p>
      ) : null}
      <TextInput id="invite-email" name="email" type="email" label={texts.email} hint={texts.hint} error={state.error ? texts.errors[state.error] : undefined} required />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {texts.submit}
      </Button>
    </form>
  );
}
