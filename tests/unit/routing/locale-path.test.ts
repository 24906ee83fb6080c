import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explicitLocale, localeOf, localisedPath, sessionHintOf, visiblePath } from "@/lib/routing/locale-path";

describe("the page that answers an address", () => {
  it.each([
    [undefined, "vi"],
    ["en", "en"],
    ["vi", "vi"],
    ["fr", "vi"],
    ["", "vi"],
  ] as const)("the cookie %s reads as %s", (cookie, locale) => {
    expect(localeOf(cookie)).toBe(locale);
  });

  it.each([
    ["vi", "/", "/vi"],
    ["en", "/", "/en"],
    ["vi", "/thu-tuc/1.001193", "/vi/thu-tuc/1.001193"],
    ["en", "/can-bo/ho-so/abc", "/en/can-bo/ho-so/abc"],
  ] as const)("%s %s is answered by %s", (locale, pathname, page) => {
    expect(localisedPath(locale, pathname)).toBe(page);
  });

  it.each([
    ["/en", { locale: "en", pathname: "/" }],
    ["/en/thu-tuc", { locale: "en", pathname: "/thu-tuc" }],
    ["/vi/thong-ke/chi-so", { locale: "vi", pathname: "/thong-ke/chi-so" }],
    ["/english", null],
    ["/thu-tuc/en", null],
    ["/vietnam", null],
  ] as const)("%s names its language: %j", (pathname, expected) => {
    expect(explicitLocale(pathname)).toEqual(expected);
  });

  it("what the visitor sees is the address before the rewrite, for every address and language", () => {
    const segment = fc.stringMatching(/^[a-z0-9.-]{1,12}$/).filter((value) => value !== "vi" && value !== "en");
    fc.assert(
      fc.property(fc.constantFrom("vi" as const, "en" as const), fc.array(segment, { maxLength: 4 }), (locale, segments) => {
        const pathname = `/${segments.join("/")}`;
        expect(visiblePath(localisedPath(locale, pathname))).toBe(pathname);
        expect(visiblePath(pathname)).toBe(pathname);
      }),
    );
  });
});

describe("the header's hint of who is signed in", () => {
  it.each([
    [null, null],
    [{}, null],
    [{ uid: 42 }, null],
    [{ uid: "u1", via: "officer" }, "STAFF"],
    [{ uid: "u1", via: "oidc" }, "RESIDENT"],
    [{ uid: "u1", via: "email" }, "RESIDENT"],
  ] as const)("%j reads as %s", (token, hint) => {
    expect(sessionHintOf(token as Record<string, unknown> | null)).toBe(hint);
  });
});
