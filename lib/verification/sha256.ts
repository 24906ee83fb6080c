// A SHA-256 hash as people paste it: from sha256sum (lower case), certutil (spaces between bytes,
// upper case), a screenshot's transcript. Pure.

/** The hash in its one form (64 lower-case hexadecimal digits), or null when it cannot be one. */
export function parseSha256(input: string): string | null {
  if (input.length > 200) return null;
  const cleaned = input.replace(/[\s:]/g, "").toLowerCase();
  return /^[0-9a-f]{64}$/.test(cleaned) ? cleaned : null;
}

/** Whether a pasted hash is the issued file's. */
export const isSameSha256 = (pasted: string, issued: string): boolean => parseSha256(pasted) === issued.toLowerCase();
