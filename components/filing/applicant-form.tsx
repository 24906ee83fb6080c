"use client";
import { useActionState } from "react";
import { saveApplicantStep, type StepState } from "@/app/[locale]/(live)/nop-ho-so/[id]/actions";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { ErrorSummary } from "./error-summary";
import type { ApplicantErrorCode } from "@/lib/filing/applicant";

export type ApplicantTexts = {
  modeLegend: string; modeSelf: string; modeOrganization: string; modeRepresentative: string; organizationLegend: string;
  identityNote: string; fullName: string; nationalId: string; nationalIdHint: string; dateOfBirth: string; dateHint: string;
  phone: string; phoneHint: string; email: string; address: string; representativeLegend: string; representativeHint: string;
  principalFullName: string; principalNationalId: string; next: string; errorSummary: string; errors: Record<ApplicantErrorCode, string>;
};

type Props = {
  dossierId: string;
  identity: { fullName: string; nationalId: string | null; dateOfBirth: string | null } | null;
  defaults: Record<string, string>;
  organizations: { id: string; label: string }[];
  texts: ApplicantTexts;
};

export function ApplicantForm({ dossierId, identity, defaults, organizations, texts }: Props) {
  const [state, action, pending] = useActionState<StepState<ApplicantErrorCode>, FormData>(saveApplicantStep, {});
  const values = state.raw ?? defaults;
  const error = (name: string) => (state.errors?.[name] ? texts.errors[state.errors[name]] : undefined);
  const mode = values.mode || "SELF";
  const input = (name: string, label: string, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput id={`applicant-${name}`} name={name} label={label} defaultValue={values[name] ?? ""} error={error(name)} key={`${name}:${values[name] ?? ""}`} {...extra} />
  );
  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="dossierId" value={dossierId} />
      {state.errors ? (
        <ErrorSummary
          title={texts.errorSummary}
          items={Object.entries(state.errors).map(([name, code]) => ({ href: `#applicant-${name}`, text: `${(texts as unknown as Record<string, string>)[name] ?? texts.modeLegend}: ${texts.errors[code]}` }))}
        />
      ) : null}
      <fieldset className="flex flex-col gap-2" aria-describedby={error("mode") ? "applicant-mode-error" : undefined}>
        <legend className="text-lg font-semibold">{texts.modeLegend}</legend>
        {error("mode") ? <p id="applicant-mode-error" className="font-semibold text-danger-800">{error("mode")}</p> : null}
        <Choice name="mode" value="SELF" label={texts.modeSelf} checked={mode === "SELF"} />
        {organizations.length > 0 ? <Choice name="mode" value="ORGANIZATION" label={texts.modeOrganization} checked={mode === "ORGANIZATION"} /> : null}
        <Choice name="mode" value="REPRESENTATIVE" label={texts.modeRepresentative} checked={mode === "REPRESENTATIVE"} />
      </fieldset>
      {organizations.length > 0 ? (
        <fieldset className="flex flex-col gap-2" aria-describedby={error("organizationId") ? "applicant-organizationId-error" : undefined}>
          <legend className="font-semibold">{texts.organizationLegend}</legend>
          {error("organizationId") ? <p id="applicant-organizationId-error" className="font-semibold text-danger-800">{error("organizationId")}</p> : null}
          {organizations.map((organization, index) => (
            <Choice key={organization.id} name="organizationId" value={organization.id} label={organization.label} checked={values.organizationId ? values.organizationId === organization.id : index === 0} />
          ))}
        </fieldset>
      ) : null}
      {identity ? (
        <div className="rounded-md bg-brand-50 p-4">
          <p className="text-sm">{texts.identityNote}</p>
          <dl className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">{texts.fullName}</dt>
            <dd>{identity.fullName}</dd>
            <dt className="font-semibold">{texts.nationalId}</dt>
            <dd>{identity.nationalId}</dd>
            {identity.dateOfBirth ? (
              <>
                <dt className="font-semibold">{texts.dateOfBirth}</dt>
                <dd>{identity.dateOfBirth.split("-").reverse().join("/")}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : (
        <>
          {input("fullName", texts.fullName, { autoComplete: "name", required: true, maxLength: 100 })}
          {input("nationalId", texts.nationalId, { inputMode: "numeric", hint: texts.nationalIdHint, required: true, maxLength: 14 })}
          {input("dateOfBirth", texts.dateOfBirth, { hint: texts.dateHint, autoComplete: "bday", inputMode: "numeric" })}
        </>
      )}
      {input("phone", texts.phone, { type: "tel", autoComplete: "tel", hint: texts.phoneHint, required: true })}
      {input("email", texts.email, { type: "email", autoComplete: "email" })}
      {input("address", texts.address, { autoComplete: "street-address", required: true, maxLength: 300 })}
      <fieldset className="flex flex-col gap-4 rounded-md border border-muted/40 p-4">
        <legend className="px-1 font-semibold">{texts.representativeLegend}</legend>
        <p className="text-sm text-muted">{texts.representativeHint}</p>
        {input("principalFullName", texts.principalFullName, { maxLength: 100 })}
        {input("principalNationalId", texts.principalNationalId, { inputMode: "numeric", maxLength: 14 })}
      </fieldset>
      <Button type="submit" disabled={pending} className="self-start">
        {texts.next}
      </Button>
    </form>
  );
}

function Choice({ name, value, label, checked }: { name: string; value: string; label: string; checked: boolean }) {
  return (
    <label className="flex min-h-11 items-center gap-3 rounded-md border border-muted/40 px-3 py-2">
      <input type="radio" name={name} value={value} defaultChecked={checked} className="size-5" />
      {label}
    </label>
  );
}

