// What the identity provider says about a person (OpenID Connect claims), mapped onto the
// resident's profile. VNeID and the national portal use the standard claims for name, birth date,
// email and phone; the 12-digit personal ID number comes in a claim of its own, whose name differs
// between providers, so the usual names are all accepted.
import { z } from "zod";

export const NATIONAL_ID_CLAIMS = ["national_id", "citizen_id", "personal_id", "identification_number", "cccd"] as const;

const ZNationalId = z.string().regex(/^\d{12}$/);
const ZBirthdate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export type ResidentProfile = {
  /** The provider's subject: stable, the key of the account. */
  subject: string;
  fullName: string;
  nationalId: string | null;
  dateOfBirth: string | null;
  email: string | null;
  phone: string | null;
};

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

/** Maps the claims; null when the subject or the name is missing (the sign-in is refused). */
export function profileFromClaims(claims: Record<string, unknown>): ResidentProfile | null {
  const subject = text(claims.sub);
  const given = [text(claims.family_name), text(claims.middle_name), text(claims.given_name)].filter(Boolean).join(" ");
  const fullName = text(claims.name) ?? (given === "" ? null : given);
  if (!subject || !fullName) return null;
  const nationalId = NATIONAL_ID_CLAIMS.map((name) => text(claims[name])).find((value) => value !== null) ?? null;
  const birthdate = text(claims.birthdate);
  const email = text(claims.email);
  const phone = text(claims.phone_number);
  return {
    subject,
    fullName,
    nationalId: nationalId && ZNationalId.safeParse(nationalId).success ? nationalId : null,
    dateOfBirth: birthdate && ZBirthdate.safeParse(birthdate).success ? birthdate : null,
    email: email && z.email().safeParse(email).success ? email.toLowerCase() : null,
    phone: phone ? phone.replace(/[\s.-]/g, "").replace(/^\+84/, "0") : null,
  };
}
