// Conditional GETs of the public API (RFC 9110 §8.8.3 and §13.1.2): a strong ETag that is the hash
// of the exact bytes sent, so that equal bodies always share a tag whichever process answered, and
// the If-None-Match test that turns a repeated read into a 304 without a body.
import { createHash } from "node:crypto";

/** `"<base64url SHA-256 of the body>"`: strong, because it changes with any byte of the body. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** The entity tags of an If-None-Match header ("*" included), without their weak prefix. */
function listedTags(header: string): string[] {
  if (header.trim() === "*") return ["*"];
  return [...header.matchAll(/(?:W\/)?("[^"]*")/g)].map((match) => match[1]!);
}

/**
 * Whether a GET may answer 304: If-None-Match compares weakly (a `W/` tag matches the same strong
 * tag, RFC 9110 §13.1.2), and `*` matches any current representation.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return listedTags(header).some((tag) => tag === "*" || tag === etag.replace(/^W\//, ""));
}
