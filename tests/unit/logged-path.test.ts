import { describe, expect, it } from "vitest";
import { loggedPath } from "@/lib/server/logged-path";

describe("the access log's path", () => {
  it.each([
    ["/can-bo/kich-hoat/abcDEF123_-", "/can-bo/kich-hoat/[token]"],
    ["/doanh-nghiep/loi-moi/xyz?x=1", "/doanh-nghiep/loi-moi/[token]"],
    ["/tra-cuu?ma=000.40.05.H26-261129-0001&ma-tra-cuu=ABC", "/tra-cuu"],
    ["/can-bo/ho-so/01a223f4-5f7e-7436-9395-9de09e041ab5", "/can-bo/ho-so/01a223f4-5f7e-7436-9395-9de09e041ab5"],
  ])("%s → %s", (url, logged) => {
    expect(loggedPath(url)).toBe(logged);
  });
});
