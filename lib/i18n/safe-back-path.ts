// Where the language switch may send the visitor back to: a path on this site only, so that
// /ngon-ngu?back=//evil.example cannot be used as an open redirect.
const MAX_LENGTH = 2048;
const BASE = "http://same-site.invalid";

export function toSafeBackPath(back: string | null | undefined): string | null {
  if (typeof back !== "string" || back.length === 0 || back.length > MAX_LENGTH) return null;
  // "//host" and "/\host" are protocol-relative for browsers; control characters are stripped by
  // URL parsers and can hide either.
  if (!back.startsWith("/") || back.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(back)) return null;
  let url: URL;
  try {
    url = new URL(back, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  // Dot-segments resolve away ("/.//evil.example" → "//evil.example"): check the result too.
  if (url.pathname.startsWith("//") || url.pathname.startsWith("/\\")) return null;
  // Coming back to the switch itself would bounce forever.
  if (url.pathname === "/ngon-ngu" || url.pathname.startsWith("/ngon-ngu/")) return null;
  return `${url.pathname}${url.search}`;
}

/** The Referer, reduced to its path, when it comes from this site. */
export function backPathFromReferer(referer: string | null, host: string | null): string | null {
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    return url.host === host ? toSafeBackPath(`${url.pathname}${url.search}`) : null;
  } catch {
    return null;
  }
}
