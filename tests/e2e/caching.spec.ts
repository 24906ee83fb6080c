// The public pages that change rarely come from Next.js's cache (docs/architecture.md, "Caching"):
// a second visit is a cache hit, in each language; searches and open periods are rendered per
// request; and an administrator's change to what a cached page shows reaches it at once.
import { expect, test } from "@playwright/test";
import { signInAsStaff } from "./support.ts";

const SYSTEM_ADMIN = "quantri@motcua.test";
// A procedure no other end-to-end test reads: its plan is renamed here and put back.
const PROCEDURE = "1.000894";
const lastYear = new Date().getUTCFullYear() - 1;

test("a second visit to a public page is served from the cache, in each language @desktop", async ({ request }) => {
  for (const path of ["/", "/thu-tuc", `/thu-tuc/${PROCEDURE}`, "/du-lieu-mo", `/thong-ke?period=year&year=${lastYear}`, `/thong-ke/co-quan/hn-xa-bach-mai?period=year&year=${lastYear}`, "/thong-ke/chi-so", "/thong-ke/chi-so/hn-xa-bach-mai"]) {
    expect((await request.get(path)).status(), path).toBe(200);
    expect((await request.get(path)).headers()["x-nextjs-cache"], path).toBe("HIT");
  }
  const english = await request.get(`/thu-tuc/${PROCEDURE}`, { headers: { cookie: "NEXT_LOCALE=en" } });
  expect(await english.text()).toContain('<html lang="en">');
  const vietnamese = await request.get(`/thu-tuc/${PROCEDURE}`);
  expect(await vietnamese.text()).toContain('<html lang="vi">');
  // A search by words and the open month are rendered for each request.
  for (const path of ["/thu-tuc?q=khai%20sinh", "/thong-ke"]) {
    await request.get(path);
    expect((await request.get(path)).headers()["x-nextjs-cache"], path).toBeUndefined();
  }
  // An address that names its language keeps the visitor's choice and leads to the plain address.
  const named = await request.get(`/en/thu-tuc/${PROCEDURE}`, { maxRedirects: 0 });
  expect(named.status()).toBe(307);
  expect(named.headers().location).toMatch(new RegExp(`/thu-tuc/${PROCEDURE.replace(".", "\\.")}$`));
  expect(named.headers()["set-cookie"]).toMatch(/NEXT_LOCALE=en/);
});

test("the system administrator renames a step of a procedure's plan, and its cached page shows the new name @desktop", async ({ context, page, request }) => {
  test.setTimeout(120_000);
  await request.get(`/thu-tuc/${PROCEDURE}`);
  expect((await request.get(`/thu-tuc/${PROCEDURE}`)).headers()["x-nextjs-cache"]).toBe("HIT");

  await signInAsStaff(context, SYSTEM_ADMIN);
  await page.goto(`/can-bo/quan-tri/quy-trinh/${PROCEDURE}`);
  const step = page.getByLabel("Tên (Bước 2)");
  const original = await step.inputValue();
  const renamed = `${original} (đã sửa)`;
  try {
    await step.fill(renamed);
    await page.getByRole("button", { name: "Lưu quy trình" }).click();
    await expect(page.getByText(/^Đã lưu quy trình/)).toBeVisible();
    const after = await request.get(`/thu-tuc/${PROCEDURE}`);
    expect(await after.text()).toContain(renamed);
  } finally {
    await page.goto(`/can-bo/quan-tri/quy-trinh/${PROCEDURE}`);
    await page.getByLabel("Tên (Bước 2)").fill(original);
    await page.getByRole("button", { name: "Lưu quy trình" }).click();
    await expect(page.getByText(/^Đã lưu quy trình/)).toBeVisible();
  }
  expect(await (await request.get(`/thu-tuc/${PROCEDURE}`)).text()).not.toContain(`${original} (đã sửa)`);
});
