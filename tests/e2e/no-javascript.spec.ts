// Every step of signing in and filing works with JavaScript off (a cheap phone with scripts
// blocked, a script that failed to load): plain forms, server-side errors at their fields,
// uploads by ordinary form posts. Only the upload progress bar needs JavaScript.
import { expect, test } from "@playwright/test";
import { pdf, renamedExe } from "./fixtures/files.ts";
import { answerBirthForm, uploadBothPapers } from "./support.ts";

test.use({ javaScriptEnabled: false });

test("a resident files birth registration with JavaScript off", { tag: "@desktop" }, async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/dang-nhap?next=%2Fthu-tuc%2F1.001193%2Fnop");
  await page.getByRole("button", { name: "Đăng nhập bằng VNeID" }).click();
  await page.getByRole("button", { name: /Trần Thị Bình/ }).click();
  await expect(page).toHaveURL(/\/thu-tuc\/1\.001193\/nop$/);
  await page.getByRole("radio", { name: "UBND Phường Bạch Mai" }).check();
  await page.getByRole("button", { name: "Bắt đầu" }).click();
  await expect(page).toHaveURL(/\/nguoi-nop$/);
  const dossierId = page.url().split("/")[4]!;
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

  await expect(page).toHaveURL(/\/to-khai$/);
  await page.getByLabel("Họ, chữ đệm và tên của trẻ").fill("Trần Minh Châu");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  // Errors come back from the server, at their fields, with what was typed kept.
  await expect(page.locator("#field-childSex-error")).toHaveText("Vui lòng điền thông tin này.");
  await expect(page.getByLabel("Họ, chữ đệm và tên của trẻ")).toHaveValue("Trần Minh Châu");
  await answerBirthForm(page, { childFullName: "Trần Minh Châu", dateOfBirth: "05/11/2026", sex: "Nữ", placeOfBirth: "Hà Nội", relationship: "Mẹ" });
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

  await expect(page).toHaveURL(/\/giay-to$/);
  const birthCertificate = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Giấy chứng sinh/ }) });
  await birthCertificate.getByLabel(/Chọn tệp/).setInputFiles(renamedExe());
  await birthCertificate.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Giấy chứng sinh/ }) }).getByRole("alert")).toHaveText(/không phải PDF, JPG hoặc PNG/);
  await uploadBothPapers(page, pdf);
  await page.getByRole("link", { name: "Tiếp tục", exact: true }).click();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.locator("#declaration-error")).toHaveText(/đánh dấu vào ô cam đoan/);
  await page.getByRole("checkbox", { name: /Tôi cam đoan/ }).check();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page).toHaveURL(new RegExp(`/ho-so/${dossierId}\\?da-nop=1$`));
  await expect(page.getByRole("heading", { name: "Đã nộp hồ sơ thành công" })).toBeVisible();
});
