import { describe, expect, it } from "vitest";
import { nationalIndexPage } from "@/lib/national-index/cached-path";

// 29/11/2026 in Hà Nội.
const NOW = new Date("2026-11-29T03:00:00Z");
const page = (href: string) => {
  const url = new URL(href, "http://localhost");
  return nationalIndexPage(url.pathname, url.searchParams, NOW);
};

describe("which pages of the national index are kept in the cache", () => {
  it.each([
    ["/thong-ke/chi-so", "/thong-ke/chi-so-nam/2026"],
    ["/thong-ke/chi-so?nam=2025", "/thong-ke/chi-so-nam/2025"],
    ["/thong-ke/chi-so/hn-xa-bach-mai", "/thong-ke/chi-so-nam/2026/hn-xa-bach-mai"],
    ["/thong-ke/chi-so/hn-xa-bach-mai?nam=2020", "/thong-ke/chi-so-nam/2020/hn-xa-bach-mai"],
  ])("%s is answered by %s", (href, cached) => {
    expect(page(href)).toBe(cached);
  });

  it.each([
    ["a year before the index", "/thong-ke/chi-so?nam=2019"],
    ["a year to come", "/thong-ke/chi-so?nam=2027"],
    ["a malformed year", "/thong-ke/chi-so?nam=abc"],
    ["an empty year", "/thong-ke/chi-so?nam="],
    ["an extra parameter", "/thong-ke/chi-so?nam=2025&x=1"],
    ["another parameter", "/thong-ke/chi-so?year=2025"],
    ["a malformed agency", "/thong-ke/chi-so/Bach_Mai"],
    ["a deeper path", "/thong-ke/chi-so/a/b"],
  ])("%s stays rendered per request", (_name, href) => {
    expect(page(href)).toBeNull();
  });
});
