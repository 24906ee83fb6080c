// The filing's reference and the lookup code: random letters and digits with no look-alikes
// (no 0/O, 1/I/L), easy to read out on the phone and to type from a receipt.
import { randomInt } from "node:crypto";
import { localDateOf } from "@/lib/calendar/local-time";

export const SAFE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function randomCode(length: number, pick: (max: number) => number = randomInt): string {
  let code = "";
  for (let index = 0; index < length; index++) code += SAFE_ALPHABET[pick(SAFE_ALPHABET.length)];
  return code;
}

/** NOP-281126-7KQ4ZD: the local date the draft was started and six random characters. */
export function newReference(now: Date): string {
  const yymmdd = localDateOf(now).replaceAll("-", "").slice(2);
  return `NOP-${yymmdd}-${randomCode(6)}`;
}

/** 8 characters (31^8 ≈ 8.5·10^11): with the rate limit of the public lookup, not guessable. */
export const newLookupCode = (): string => randomCode(8);
