// Who applies (the wizard's applicant step): the resident themself, an organisation they belong
// to, or someone they represent with a written authorisation. Checked on the server with the
// session's facts: an identified resident's name, ID number and birth date come from the identity
// provider, not from the form.
import { z } from "zod";
import { parseFormDate } from "./form-fields";

export const APPLICANT_MODES = ["SELF", "ORGANIZATION", "REPRESENTATIVE"] as const;
export type ApplicantMode = (typeof APPLICANT_MODES)[number];
export type ApplicantErrorCode = "required" | "tooLong" | "nationalId" | "phone" | "email" | "date" | "organization" | "mode";

export type ApplicantAnswers = {
  mode: ApplicantMode;
  organizationId: string | null;
  fullName: string;
  nationalId: string;
  dateOfBirth?: string;
  phone: string;
  email?: string;
  address: string;
  /** The person represented (REPRESENTATIVE only). */
  principalFullName?: string;
  principalNationalId?: string;
};

export type ApplicantCheck =
  | { ok: true; answers: ApplicantAnswers }
  | { ok: false; errors: Partial<Record<keyof ApplicantAnswers, ApplicantErrorCode>>; raw: Record<string, string> };

/** A 12-digit personal ID number (số định danh cá nhân). */
export const isNationalId = (value: string): boolean => /^\d{12}$/.test(value);
/** A Vietnamese phone number: 10 digits from 0, or +84 and 9 digits. */
export const normalisePhone = (value: string): string | null => {
  const compact = value.replace(/[\s.-]/g, "").replace(/^\+84/, "0");
  return /^0\d{9}$/.test(compact) ? compact : null;
};

export function checkApplicant(
  input: Record<string, unknown>,
  facts: { identity: { fullName: string; nationalId: string | null; dateOfBirth: string | null } | null; organizationIds: readonly string[] },
): ApplicantCheck {
  const raw = Object.fromEntries(
    ["mode", "organizationId", "fullName", "nationalId", "dateOfBirth", "phone", "email", "address", "principalFullName", "principalNationalId"].map(
      (key) => [key, typeof input[key] === "string" ? (input[key] as string).trim() : ""],
    ),
  ) as Record<string, string>;
  const errors: Partial<Record<keyof ApplicantAnswers, ApplicantErrorCode>> = {};
  const mode = (APPLICANT_MODES as readonly string[]).includes(raw.mode!) ? (raw.mode as ApplicantMode) : null;
  if (!mode) errors.mode = "required";
  const organizationId = mode === "ORGANIZATION" ? raw.organizationId! : null;
  if (mode === "ORGANIZATION" && !facts.organizationIds.includes(organizationId ?? "")) errors.organizationId = "organization";

  const fullName = facts.identity?.fullName || raw.fullName!;
  const nationalId = facts.identity?.nationalId ?? raw.nationalId!.replace(/\s/g, "");
  const dateOfBirth = facts.identity?.dateOfBirth ?? (raw.dateOfBirth ? parseFormDate(raw.dateOfBirth) : null);
  if (!fullName) errors.fullName = "required";
  else if (fullName.length > 100) errors.fullName = "tooLong";
  if (!nationalId) errors.nationalId = "required";
  else if (!isNationalId(nationalId)) errors.nationalId = "nationalId";
  if (!facts.identity?.dateOfBirth && raw.dateOfBirth && !dateOfBirth) errors.dateOfBirth = "date";
  const phone = raw.phone ? normalisePhone(raw.phone) : null;
  if (!raw.phone) errors.phone = "required";
  else if (!phone) errors.phone = "phone";
  const email = raw.email ? z.email().safeParse(raw.email) : null;
  if (email && !email.success) errors.email = "email";
  if (!raw.address) errors.address = "required";
  else if (raw.address.length > 300) errors.address = "tooLong";
  if (mode === "REPRESENTATIVE") {
    if (!raw.principalFullName) errors.principalFullName = "required";
    else if (raw.principalFullName.length > 100) errors.principalFullName = "tooLong";
    if (!raw.principalNationalId) errors.principalNationalId = "required";
    else if (!isNationalId(raw.principalNationalId.replace(/\s/g, ""))) errors.principalNationalId = "nationalId";
  }
  if (Object.keys(errors).length > 0 || !mode) return { ok: false, errors, raw };
  return {
    ok: true,
    answers: {
      mode,
      organizationId,
      fullName,
      nationalId,
      ...(dateOfBirth ? { dateOfBirth } : {}),
      phone: phone!,
      ...(raw.email ? { email: raw.email.toLowerCase() } : {}),
      address: raw.address!,
      ...(mode === "REPRESENTATIVE" ? { principalFullName: raw.principalFullName!, principalNationalId: raw.principalNationalId!.replace(/\s/g, "") } : {}),
    },
  };
}
