// The public catalogue as a resident uses it (demo seed: 1.001193 birth registration is free,
// takes 1 working day, same-day cut-off), in both languages, with and without JavaScript, and
// what happens with addresses nobody should type.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";

function results(page: Page) {
  return page.getByRole("region", { name: /thủ tục/i }).getByRole("listitem");
}

test.describe("a resident on a phone", { tag: "@phone" }, () => {
  test("never has to scroll sideways, even on pages with long codes and addresses", async ({ page }) => {
    for (const path of ["/", "/thu-tuc?q=dat+dai", "/thu-tuc/1.001193", "/thu-tuc/1.013978"]) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(390);
    }
  });

  test("finds birth registration from the home page and reads what to bring, how long and how much", async ({ page }) => {
    await page.goto("/");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("searchbox", { name: "Tên hoặc mã thủ tục" }).fill("dang ky khai sinh");
    await page.getByRole("button", { name: "Tìm thủ tục" }).click();
    await expect(page).toHaveURL(/\/thu-tuc\?q=dang\+ky\+khai\+sinh$/);
    await expect(page.getByRole("heading", { level: 1, name: "Thủ tục hành chính" })).toBeVisible();

    const first = results(page).first();
    await expect(first).toContainText("1.001193");
    await expect(first.getByRole("link")).toHaveText("Thủ tục đăng ký khai sinh");
    await expectNoSeriousA11yViolations(page);

    await first.getByRole("link").click();
    await expect(page).toHaveURL(/\/thu-tuc\/1\.001193$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thủ tục đăng ký khai sinh");

    const summary = page.getByRole("region", { name: "Tóm tắt" });
    await expect(summary.getByText("1 ngày làm việc", { exact: true })).toBeVisible();
    await expect(summary.getByText("Nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.")).toBeVisible();
    await expect(summary.getByText("Miễn phí", { exact: true })).toBeVisible();

    const documents = page.getByRole("region", { name: "Thành phần hồ sơ" });
    await expect(documents.getByRole("heading", { level: 3 }).first()).toBeVisible();
    expect(await documents.getByRole("listitem").count()).toBeGreaterThan(0);
    await expect(documents.getByText(/bản chính/).first()).toBeVisible();

    const fileOnline = page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" });
    await expect(fileOnline).toHaveAttribute("href", "/thu-tuc/1.001193/nop");
    await expectNoSeriousA11yViolations(page);
  });

  test("switches the language to English and back, staying on the same page", async ({ page }) => {
    await page.goto("/thu-tuc/1.001193");
    const header = page.getByRole("banner");
    await expect(header).toContainText("Cổng dịch vụ công Hà Nội");

    await header.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/thu-tuc\/1\.001193$/);
    await expect(header).toContainText("Hanoi public services portal");
    await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectNoSeriousA11yViolations(page);

    await header.getByRole("link", { name: "Tiếng Việt" }).click();
    await expect(page).toHaveURL(/\/thu-tuc\/1\.001193$/);
    await expect(header).toContainText("Cổng dịch vụ công Hà Nội");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });
});

test.describe("without JavaScript", { tag: "@desktop" }, () => {
  test.use({ javaScriptEnabled: false });

  test("search, filters, pages and the language switch still work", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Tên hoặc mã thủ tục" }).fill("Đăng ký khai sinh");
    await page.getByRole("button", { name: "Tìm thủ tục" }).click();
    await expect(results(page).first().getByRole("link")).toHaveText("Thủ tục đăng ký khai sinh");

    await page.goto("/thu-tuc");
    await page.getByText("Lọc theo lĩnh vực").click();
    await page.getByLabel("Lĩnh vực", { exact: true }).selectOption({ label: "Hộ tịch" });
    await page.getByRole("button", { name: "Áp dụng bộ lọc" }).click();
    await expect(page).toHaveURL(/field=ho-tich/);
    for (const item of await results(page).all()) await expect(item).toContainText(/Lĩnh vực:\s*Hộ tịch/);

    await page.goto("/thu-tuc");
    const pagination = page.getByRole("navigation", { name: "Phân trang" });
    await pagination.getByRole("link", { name: "Trang sau" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(pagination.locator('[aria-current="page"]')).toHaveText(/2/);
    await expect(pagination.getByRole("link", { name: "Trang trước" })).toHaveAttribute("rel", "prev");

    await page.getByRole("banner").getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/thu-tuc\?page=2$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrative procedures");
  });
});

test.describe("addresses nobody should type", { tag: "@desktop" }, () => {

  const cases: { name: string; path: string; notice?: RegExp }[] = [
    { name: "a negative page", path: "/thu-tuc?page=-1" },
    { name: "a page far past the end", path: "/thu-tuc?page=1000000000", notice: /Đang hiển thị trang cuối cùng/ },
    { name: "a 10 kB query", path: `/thu-tuc?q=${"x".repeat(10_000)}`, notice: /Từ khóa quá dài/ },
    { name: "an unknown level", path: "/thu-tuc?level=nonsense", notice: /Bộ lọc không hợp lệ đã được bỏ qua: Cấp thực hiện/ },
    { name: "SQL in the query", path: "/thu-tuc?q=%27%20OR%201%3D1--", notice: /Không tìm thấy thủ tục phù hợp/ },
    { name: "HTML in the query", path: "/thu-tuc?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", notice: /Không tìm thấy thủ tục phù hợp/ },
    { name: "LIKE wildcards", path: "/thu-tuc?q=%25_%5C", notice: /Không tìm thấy thủ tục phù hợp/ },
    { name: "repeated parameters", path: "/thu-tuc?q=khai+sinh&q=ket+hon&page=1&page=2" },
  ];

  for (const { name, path, notice } of cases) {
    test(`${name} gives a normal page`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Thủ tục hành chính" })).toBeVisible();
      await expect(page.getByRole("searchbox", { name: "Tên hoặc mã thủ tục" })).toBeVisible();
      if (notice) await expect(page.getByText(notice)).toBeVisible();
      expect(dialogs).toEqual([]);
    });
  }

  test("the page past the end shows the last page's results", async ({ page }) => {
    await page.goto("/thu-tuc?page=1000000000");
    expect(await results(page).count()).toBeGreaterThan(0);
    await expect(page.getByRole("link", { name: "Về trang đầu" })).toHaveAttribute("href", "/thu-tuc");
  });

  test("an unknown or malformed procedure code answers 404 with a way back", async ({ page }) => {
    for (const path of ["/thu-tuc/9.999999", "/thu-tuc/abc", "/thu-tuc/1.001193x"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Tra cứu thủ tục hành chính" })).toBeVisible();
    }
  });

  test("the language switch never sends anyone to another site", async ({ request }) => {
    for (const back of ["//evil.example/", "https://evil.example/", "/\\evil.example"]) {
      const response = await request.get(`/ngon-ngu?to=en&back=${encodeURIComponent(back)}`, { maxRedirects: 0 });
      expect(response.status()).toBe(303);
      expect(response.headers()["location"]).toBe("/");
    }
  });
});

test.describe("with the keyboard only", { tag: "@desktop" }, () => {
  test("skips the header, searches and opens a procedure without a mouse", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();

    // From the main content, the next stop is the search box.
    await page.keyboard.press("Tab");
    const searchBox = page.getByRole("searchbox", { name: "Tên hoặc mã thủ tục" });
    await expect(searchBox).toBeFocused();
    await page.keyboard.type("khai sinh");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/thu-tuc\?q=khai\+sinh/);
    await expect(page).toHaveTitle(/“khai sinh”/);

    const firstResult = page.getByRole("link", { name: "Thủ tục đăng ký khai sinh", exact: true });
    await firstResult.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/thu-tuc\/1\.001193$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thủ tục đăng ký khai sinh");
  });
});
