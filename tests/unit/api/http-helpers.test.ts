import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { preferredLanguage } from "@/lib/http/accept-language";
import { matchesIfNoneMatch, strongEtag } from "@/lib/http/etag";

describe("the ETag of a body", () => {
  it("is strong, quoted and the same for the same bytes, whichever process computes it", () => {
    const etag = strongEtag('{"a":1}');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(strongEtag('{"a":1}')).toBe(etag);
    expect(strongEtag('{"a":2}')).not.toBe(etag);
  });

  it("changes with any change of the body", () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => (a === b) === (strongEtag(a) === strongEtag(b))));
  });
});

describe("If-None-Match (RFC 9110 §13.1.2)", () => {
  const etag = strongEtag("body");
  it.each([
    [etag, true],
    [`W/${etag}`, true],
    [`"other", ${etag}`, true],
    [`"other",W/${etag}`, true],
    ["*", true],
    [" * ", true],
    ['"other"', false],
    [etag.slice(1, -1), false],
    ["", false],
    [null, false],
  ])("%s matches: %s", (header, expected) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(expected);
  });

  it("always matches the tag of the body it was given", () => {
    fc.assert(fc.property(fc.string(), fc.array(fc.string().map(strongEtag), { maxLength: 3 }), (body, others) => {
      const etag = strongEtag(body);
      return matchesIfNoneMatch([...others, etag].join(", "), etag);
    }));
  });
});

describe("the language of the API's messages", () => {
  it.each([
    [null, "vi"],
    ["", "vi"],
    ["vi", "vi"],
    ["en", "en"],
    ["en-US,en;q=0.9", "en"],
    ["vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "vi"],
    ["en-GB,en;q=0.9,vi;q=0.8", "en"],
    ["fr-FR,fr;q=0.9,en;q=0.5", "en"],
    ["fr-FR", "vi"],
    ["en;q=0", "vi"],
    ["vi;q=0.5, en;q=0.5", "vi"],
    ["vi;q=0.4, en;q=0.5", "en"],
    ["*", "vi"],
    ["en;q=abc", "en"],
  ])("Accept-Language %j gives %s", (header, expected) => {
    expect(preferredLanguage(header)).toBe(expected);
  });
});
