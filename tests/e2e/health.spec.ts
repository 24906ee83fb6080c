// The served build is up and answers; the home page (whatever it shows) is usable on a phone.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";

test("GET /api/health answers 200 with status ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});

test("GET /api/health/live answers ok without touching anything", async ({ request }) => {
  const response = await request.get("/api/health/live");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("ok");
});

test("the home page loads on a phone without serious accessibility violations", { tag: "@phone" }, async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expectNoSeriousA11yViolations(page);
});
