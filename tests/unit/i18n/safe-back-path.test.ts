import { describe, expect, it } from "vitest";
import { backPathFromReferer, toSafeBackPath } from "@/lib/i18n/safe-back-path";

describe("where the language switch may send a visitor back to", () => {
  it.each([
    ["/thu-tuc?q=khai+sinh", "/thu-tuc?q=khai+sinh"],
    ["/thu-tuc/1.001193", "/thu-tuc/1.001193"],
    ["/", "/"],
    ["/a/../thu-tuc", "/thu-tuc"],
  ])("keeps the same-site path %s", (back, expected) => {
    expect(toSafeBackPath(back)).toBe(expected);
  });

  it.each([
    "//evil.example", "/\\evil.example", "https://evil.example", "http:/evil.example", "evil.example",
    "/.//evil.example", "/..//evil.example", "/a/..//evil.example", "/%2e//evil.example", "/%2e%2e//evil.example",
    "/./\\evil.example", "/\t/evil.example", "/ngon-ngu?to=en", "", "/" + "a".repeat(3000),
  ])("refuses %s", (back) => {
    const safe = toSafeBackPath(back);
    expect(safe === null || (!safe.startsWith("//") && !safe.startsWith("/\\"))).toBe(true);
    if (safe !== null) expect(new URL(safe, "https://motcua.example").host).toBe("motcua.example");
  });

  it("takes the Referer only from this site", () => {
    expect(backPathFromReferer("https://motcua.example/thu-tuc?q=a", "motcua.example")).toBe("/thu-tuc?q=a");
    expect(backPathFromReferer("https://evil.example/thu-tuc", "motcua.example")).toBeNull();
    expect(backPathFromReferer("https://motcua.example/.//evil.example", "motcua.example")).toBeNull();
  });
});
