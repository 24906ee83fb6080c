import { describe, expect, it } from "vitest";
import { browseQueryOf, catalogueBrowsePage } from "@/lib/procedures/cached-catalogue-path";
import { catalogueHref } from "@/lib/procedures/catalogue-url";
import { ZCatalogueQuery } from "@/lib/procedures/schemas";

const page = (href: string) => {
  const url = new URL(href, "http://localhost");
  return catalogueBrowsePage(url.pathname, url.searchParams);
};

describe("which catalogue addresses are kept in the cache", () => {
  it.each([
    ["/thu-tuc", "/thu-tuc/danh-muc/tat-ca"],
    ["/thu-tuc?field=G09-TP", "/thu-tuc/danh-muc/field%3DG09-TP"],
    ["/thu-tuc?field=G09-TP&page=2", "/thu-tuc/danh-muc/field%3DG09-TP%26page%3D2"],
    ["/thu-tuc?page=3", "/thu-tuc/danh-muc/page%3D3"],
  ])("%s is answered by %s", (href, cached) => {
    expect(page(href)).toBe(cached);
  });

  it.each([
    ["a search by words", "/thu-tuc?q=khai%20sinh"],
    ["an empty search box", "/thu-tuc?q="],
    ["page 1 written out", "/thu-tuc?page=1"],
    ["parameters in another order", "/thu-tuc?page=2&field=G09-TP"],
    ["an unknown parameter", "/thu-tuc?x=1"],
    ["a malformed page", "/thu-tuc?page=abc"],
    ["a page past the first hundred", "/thu-tuc?page=101"],
    ["a procedure", "/thu-tuc/1.001193"],
  ])("%s stays rendered per request", (_name, href) => {
    expect(page(href)).toBeNull();
  });

  it("a cached view reads back the query it came from", () => {
    for (const href of ["/thu-tuc", "/thu-tuc?field=G09-TP&page=2", "/thu-tuc?page=7"]) {
      const cached = page(href)!;
      const view = decodeURIComponent(cached.split("/")[3]!);
      const query = ZCatalogueQuery.parse(browseQueryOf(view));
      expect(catalogueHref(query, query.page)).toBe(href);
    }
  });
});
