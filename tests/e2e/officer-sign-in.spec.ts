// An officer's real sign-in: password, then the second factor set up with an authenticator app
// (the secret read from the enrolment page, the code computed here as the app would), recovery
// codes made and used once; without the second factor nothing opens; repeated failures lock the
// account. Other tests sign officers in with minted sessions (signInAsStaff).
import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";

test.describe.configure({ mode: "serial" });

async function password(page: Page, email: string, secret = "MotCua@2026"): Promise<void> {
  await page.getByLabel("Email công vụ").fill(email);
  await page.getByLabel("Mật khẩu").fill(secret);
  // One answer at a time: the next attempt starts after the server answered this one.
  await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), page.getByRole("button", { name: "Tiếp tục" }).click()]);
}

/** A refused attempt, fully rendered: React resets the form once the answer is shown, so the next
 * attempt must type after that reset, or the reset would blank the password it typed. */
async function refused(page: Page, email: string, secret: string): Promise<void> {
  await password(page, email, secret);
  await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
  await expect(page.getByLabel("Mật khẩu")).toHaveValue("");
  await expect(page.getByRole("button", { name: "Tiếp tục" })).toBeEnabled();
}

test.describe("officer sign-in", { tag: "@desktop" }, () => {
  test("password, then a second factor set up with a QR code and recovery codes; a recovery code works once", async ({ page }) => {
    test.setTimeout(120_000);
    const email = "motcua.ttpvhcc@motcua.test";
    await page.goto("/can-bo");
    await expect(page).toHaveURL(/\/can-bo\/dang-nhap\?next=%2Fcan-bo/);
    await expectNoSeriousA11yViolations(page);
    await refused(page, email, "sai-mat-khau");
    await expect(page.getByLabel("Email công vụ")).toHaveValue(email);
    await password(page, email);
    await expect(page).toHaveURL(/\/can-bo\/dang-nhap\/thiet-lap/);
    await expect(page.getByRole("img", { name: /Mã QR/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Without the second factor nothing opens.
    await page.goto("/can-bo");
    await expect(page).toHaveURL(/\/can-bo\/dang-nhap\?next=/);
    await page.goBack();
    const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    await page.getByLabel("Mã xác thực").fill("000000");
    await page.getByRole("button", { name: "Xác nhận và đăng nhập" }).click();
    await expect(page.getByText(/Mã không đúng hoặc đã được dùng/)).toBeVisible();
    await expect(page.getByLabel("Mã xác thực")).toHaveValue(""); // the form was reset after the answer
    await page.getByLabel("Mã xác thực").fill(await generate({ secret }));
    await page.getByRole("button", { name: "Xác nhận và đăng nhập" }).click();
    await expect(page).toHaveURL(/\/can-bo\/ma-du-phong\?moi=1/);
    await page.getByRole("button", { name: "Tạo 10 mã dự phòng" }).click();
    const shown = page.getByRole("list", { name: "Mã dự phòng của bạn" }).getByRole("listitem");
    await expect(shown).toHaveCount(10);
    const codes = await shown.allTextContents();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: /Tôi đã lưu các mã/ }).click();
    await expect(page.getByRole("navigation", { name: "Hàng hồ sơ" })).toBeVisible();
    // Signed in, the site's header leads back to the officers' workspace instead of offering to sign in.
    await expect(page.getByRole("banner").getByRole("link", { name: "Trang cán bộ" })).toHaveAttribute("href", "/can-bo");
    await expectNoSeriousA11yViolations(page);

    // Signed out, back with a recovery code (the phone is lost); the same code does not work twice.
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/can-bo\/dang-nhap/);
    for (const attempt of ["first", "again"] as const) {
      await page.goto("/can-bo/dang-nhap");
      await password(page, email);
      await expect(page).toHaveURL(/\/can-bo\/dang-nhap\/xac-thuc/);
      await expectNoSeriousA11yViolations(page);
      await page.getByLabel("Mã xác thực").fill(codes[0]!);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      if (attempt === "first") {
        await expect(page.getByText(/Bạn vừa dùng một mã dự phòng. Còn lại 9 mã/)).toBeVisible();
        await page.getByRole("button", { name: "Đăng xuất" }).click();
        await expect(page).toHaveURL(/\/can-bo\/dang-nhap/);
      } else {
        await expect(page.getByText(/Mã không đúng hoặc đã được dùng/)).toBeVisible();
      }
    }
  });

  test("five wrong attempts in a row lock the account for a while", async ({ page }) => {
    const email = "chuyenvien.congan@motcua.test";
    await page.goto("/can-bo/dang-nhap");
    for (let attempt = 0; attempt < 5; attempt++) {
      await refused(page, email, `sai-${attempt}`);
    }
    await password(page, email);
    await expect(page.getByText(/Tài khoản tạm khóa 15 phút/)).toBeVisible();
  });

  test("a resident's session does not open the back office", async ({ page }) => {
    const { signInWithIdentityProvider } = await import("./support.ts");
    await signInWithIdentityProvider(page, "Nguyễn Văn An", "/ho-so");
    await expect(page.getByRole("banner").getByRole("link", { name: "Tài khoản" })).toHaveAttribute("href", "/tai-khoan");
    const response = await page.goto("/can-bo");
    expect(response?.status()).toBe(404);
  });
});
