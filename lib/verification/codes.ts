// Verification codes (mã xác minh) of the papers the portal issues: a result document or a receipt
// carries one, printed under its QR code, and /xac-minh/<code> confirms the paper
// (docs/domain/verification.md). A code is 20 random characters of Crockford's base 32: 100 bits,
// so nobody finds a paper by guessing or counting, and nothing in it says which dossier, agency or
// day it belongs to (unlike the dossier code, which is sequential). Pure: the random bytes are a
// parameter.

/** Crockford's base 32: digits and letters without I, L, O and U (no look-alikes, no words). */
export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 20;
const GROUP = 5;

/** Where the public page lives, under the portal's address. */
export const VERIFICATION_PATH = "/xac-minh";

/**
 * A new code from `randomBytes` (node:crypto's randomBytes in production). Each character takes 5
 * bits of its own byte: 256 is a multiple of 32, so every character is equally likely.
 */
export function newVerificationCode(randomBytes: (count: number) => Uint8Array): string {
  const bytes = randomBytes(CODE_LENGTH);
  if (bytes.length < CODE_LENGTH) throw new Error("not enough random bytes for a verification code");
  let code = "";
  for (let index = 0; index < CODE_LENGTH; index++) code += CODE_ALPHABET[bytes[index]! & 31];
  return code;
}

/**
 * The code a person typed, scanned or pasted, in its one stored form (20 characters, upper case,
 * no separators); null when it cannot be a code. Forgiving as Crockford's encoding is: lower case,
 * spaces, dashes and dots are ignored, O reads as 0, I and L as 1.
 */
export function parseVerificationCode(input: string): string | null {
  if (input.length > 64) return null;
  const cleaned = input
    .toUpperCase()
    .replace(/[\s.\-–—_]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (cleaned.length !== CODE_LENGTH) return null;
  for (const character of cleaned) if (!CODE_ALPHABET.includes(character)) return null;
  return cleaned;
}

/** The code as printed and shown: four groups of five (7KQ2M-XT9RB-4HW8C-PN3DF), easy to read aloud. */
export function formatVerificationCode(code: string): string {
  const groups: string[] = [];
  for (let index = 0; index < code.length; index += GROUP) groups.push(code.slice(index, index + GROUP));
  return groups.join("-");
}

/** The address the QR code encodes: the portal's public address, the page, the grouped code. */
export function verificationUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, "")}${VERIFICATION_PATH}/${formatVerificationCode(code)}`;
}
