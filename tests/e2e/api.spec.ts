// The open data API as a visitor and a program meet it against the production build: the reference
// page (from the footer, axe-clean in both languages, no script needed) and the JSON it documents,
// with the caching headers and error shapes the document promises.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/db-client";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { birthRegistrationTarget, sessionCookieFor } from "../support/session.ts";

test("a visitor finds the API reference from the footer and reads every endpoint", async ({ page }) => {
  // axe alone takes 10–20 s on this long page on a loaded 2-core machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Dữ liệu mở (API)" }).click();
  await expect(page).toHaveURL(/\/du-lieu-mo$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dữ liệu mở: API công khai" })).toBeVisible();
  for (const summary of ["Tìm thủ tục hành chính", "Thông tin công khai của một thủ tục", "Tra cứu hồ sơ bằng mã hồ sơ và mã tra cứu", "Tính ngày hẹn trả kết quả"]) {
    await expect(page.getByRole("heading", { level: 2, name: summary })).toBeVisible();
  }
  const lookup = page.getByRole("region", { name: "Tra cứu hồ sơ bằng mã hồ sơ và mã tra cứu" });
  await expect(lookup.getByRole("table", { name: "Tham số" }).getByRole("rowheader", { name: "lookupCode" })).toBeVisible();
  await lookup.getByText(/^Các trường của câu trả lời/).click();
  await expect(lookup.getByRole("rowheader", { name: "controlSlip[].verdict" })).toBeVisible();
  await expect(lookup.getByText(/curl -i/)).toContainText("/api/v1/dossiers/000.00.12.H26-260302-0001?lookupCode=7KQ4ZDMA");
  await expectNoSeriousA11yViolations(page);

  const [response] = await Promise.all([page.waitForResponse("**/api/v1/openapi.json"), page.getByRole("link", { name: "Mô tả OpenAPI 3.1 (JSON) của toàn bộ API" }).click()]);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect((await response.json()).openapi).toBe("3.1.0");
});

test("the reference reads in English", { tag: "@desktop" }, async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/du-lieu-mo");
  await expect(page.getByRole("heading", { level: 1, name: "Open data: the public API" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Look up a dossier by its code and lookup code" })).toBeVisible();
  await expect(page.getByRole("link", { name: "OpenAPI 3.1 description (JSON) of the whole API" })).toHaveAttribute("href", "/api/v1/openapi.json");
  await expectNoSeriousA11yViolations(page);
});

test("the reference needs no JavaScript", { tag: "@desktop" }, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/du-lieu-mo");
  // Not the processing-time endpoint under the same path.
  await page.getByRole("link", { name: /GET \/api\/v1\/procedures\/\{code\}(?!\/)/ }).click();
  await expect(page).toHaveURL(/#api-getProcedure$/);
  await expect(page.getByRole("region", { name: "Thông tin công khai của một thủ tục" }).getByText("curl -i")).toBeVisible();
  await context.close();
});

test.describe("the JSON answers", () => {
  test("a procedure of the demo catalogue, with ETag, Cache-Control and 304", async ({ request }) => {
    const response = await request.get("/api/v1/procedures/1.001193");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=300");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const etag = response.headers()["etag"]!;
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    expect(await response.json()).toMatchObject({ code: "1.001193", name: "Thủ tục đăng ký khai sinh", timeLimit: { value: 1, unit: "working_days" } });
    const again = await request.get("/api/v1/procedures/1.001193", { headers: { "if-none-match": etag } });
    expect(again.status()).toBe(304);
  });

  test("the catalogue search ranks birth registration first, as the page does", async ({ request }) => {
    const response = await request.get("/api/v1/procedures?q=dang+ky+khai+sinh&pageSize=5");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.items[0]).toMatchObject({ code: "1.001193", name: "Thủ tục đăng ký khai sinh" });
  });

  test("errors are JSON with a message per field, 404 and 405 included", async ({ request }) => {
    const invalid = await request.get("/api/v1/procedures?page=0", { headers: { "accept-language": "en" } });
    expect(invalid.status()).toBe(400);
    expect(await invalid.json()).toEqual({ code: "VALIDATION", message: "Some information is not valid; please check it.", errors: { page: "Must be at least 1." } });
    const missing = await request.get("/api/v1/dossiers/000.00.12.H26-260302-0001?lookupCode=ZZZZZZZZ");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).code).toBe("LOOKUP_NOT_FOUND");
    const wrongMethod = await request.delete("/api/v1/procedures");
    expect(wrongMethod.status()).toBe(405);
    expect(wrongMethod.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
    expect((await wrongMethod.json()).code).toBe("METHOD_NOT_ALLOWED");
  });
});

test("a resident's program files a dossier through POST /api/v1/ho-so, once per Idempotency-Key", { tag: "@desktop" }, async ({ request }) => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const { cookie } = await sessionCookieFor(db, "nguoidan2@motcua.test");
    const target = await birthRegistrationTarget(db);
    const key = `api-spec-${Date.now()}`;
    const form = (withAgency = true) => ({
      procedure: "1.001193",
      ...(withAgency ? { agencyId: target.agencyId } : {}),
      fields: JSON.stringify({
        childFullName: "Trần Gia Bảo", childDateOfBirth: "03/11/2026", childSex: "male", childEthnicity: "Kinh",
        childPlaceOfBirth: "Bệnh viện Bạch Mai", declarantRelationship: "mother",
      }),
      ...Object.fromEntries(target.slots.map((slot) => [`file:${slot}`, { name: "giay-to.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% một cửa\n".padEnd(2048, " ")) }])),
    });
    const anonymous = await request.post("/api/v1/ho-so", { headers: { "idempotency-key": key }, multipart: form() });
    expect(anonymous.status()).toBe(401);
    expect((await anonymous.json()).code).toBe("UNAUTHENTICATED");
    const noKey = await request.post("/api/v1/ho-so", { headers: { cookie }, multipart: form() });
    expect(noKey.status()).toBe(400);
    expect(Object.keys((await noKey.json()).errors)).toEqual(["Idempotency-Key"]);
    const noAgency = await request.post("/api/v1/ho-so", { headers: { cookie, "idempotency-key": key }, multipart: form(false) });
    expect(noAgency.status()).toBe(400);
    expect((await noAgency.json()).errors).toEqual({ agencyId: "Bắt buộc." });

    const filed = await request.post("/api/v1/ho-so", { headers: { cookie, "idempotency-key": key }, multipart: form() });
    expect(filed.status(), await filed.text()).toBe(201);
    expect(filed.headers()["cache-control"]).toBe("no-store");
    const dossier = await filed.json();
    expect(dossier).toMatchObject({ status: "SUBMITTED", replayed: false, lookupCode: expect.stringMatching(/^[A-Z2-9]{8}$/) });
    const again = await request.post("/api/v1/ho-so", { headers: { cookie, "idempotency-key": key }, multipart: form() });
    expect(again.status()).toBe(200);
    expect(await again.json()).toEqual({ ...dossier, replayed: true });
  } finally {
    await db.$disconnect();
  }
});
