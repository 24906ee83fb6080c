// Steps shared by the end-to-end tests of signing in and filing.
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db-client";
import { officerCookieFor } from "../support/session.ts";

/** Signs in through the local OpenID provider (the stand-in for VNeID) as a demo resident. */
export async function signInWithIdentityProvider(page: Page, fullName: string, next = "/ho-so"): Promise<void> {
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByRole("button", { name: "Đăng nhập bằng VNeID" }).click();
  await expect(page.getByRole("heading", { name: /VNeID/ })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(fullName) }).click();
  await page.waitForURL((url) => url.pathname === next.split("?")[0]);
}

/** The filing wizard for birth registration at UBND Phường Bạch Mai, answered correctly; returns the dossier id. */
export async function fileBirthRegistration(page: Page, options: { forOrganization?: boolean } = {}): Promise<string> {
  const { pdf } = await import("./fixtures/files.ts");
  await page.goto("/thu-tuc/1.001193/nop");
  await page.getByRole("radio", { name: "UBND Phường Bạch Mai" }).check();
  await page.getByRole("button", { name: "Bắt đầu" }).click();
  await expect(page).toHaveURL(/\/nguoi-nop$/);
  const dossierId = page.url().split("/")[4]!;
  if (options.forOrganization) await page.getByRole("radio", { name: "Cho doanh nghiệp, tổ chức của mình" }).check();
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await expect(page).toHaveURL(/\/to-khai$/);
  await answerBirthForm(page, { childFullName: "Lê Minh Khang", dateOfBirth: "02/11/2026", sex: "Nam", placeOfBirth: "Bệnh viện Phụ sản Hà Nội", relationship: "Cha" });
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await expect(page).toHaveURL(/\/giay-to$/);
  await uploadBothPapers(page, pdf);
  await page.getByRole("link", { name: "Tiếp tục", exact: true }).click();
  await page.getByRole("checkbox", { name: /Tôi cam đoan/ }).check();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page).toHaveURL(new RegExp(`/ho-so/${dossierId}\\?da-nop=1$`));
  return dossierId;
}

/** The latest message the development mailbox holds for an address. */
export async function latestMail(page: Page, recipient: string, subject: RegExp): Promise<{ subject: string; body: string }> {
  const message = page.getByRole("listitem").filter({ has: page.getByTestId("mail-recipient").getByText(recipient, { exact: true }) }).filter({ has: page.getByRole("heading", { name: subject }) }).first();
  await expect(async () => {
    await page.goto("/hop-thu-thu-nghiem");
    await expect(message).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return { subject: await message.getByRole("heading").innerText(), body: await message.locator("pre").innerText() };
}

type Child = { childFullName: string; dateOfBirth: string; sex: "Nam" | "Nữ"; placeOfBirth: string; relationship: "Cha" | "Mẹ" };

/** The birth registration form, answered (the step's button is the caller's). */
export async function answerBirthForm(page: Page, child: Child): Promise<void> {
  await page.getByLabel("Họ, chữ đệm và tên của trẻ").fill(child.childFullName);
  await page.getByLabel(/^Ngày, tháng, năm sinh/).fill(child.dateOfBirth);
  await page.getByLabel("Giới tính").selectOption({ label: child.sex });
  await page.getByLabel("Dân tộc").fill("Kinh");
  await page.getByLabel("Nơi sinh").fill(child.placeOfBirth);
  await page.getByLabel("Quan hệ của người đi đăng ký với trẻ").selectOption({ label: child.relationship });
}

/** The two required papers of birth registration, uploaded, each shown back as uploaded. */
export async function uploadBothPapers(page: Page, pdf: (name: string) => { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  for (const [paper, file] of [[/Giấy chứng sinh/, "giay-chung-sinh.pdf"], [/Hộ chiếu\/Thẻ căn cước/, "can-cuoc.pdf"]] as const) {
    const slot = () => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: paper }) });
    await slot().getByLabel(/Chọn tệp/).setInputFiles(pdf(file));
    await slot().getByRole("button", { name: "Tải lên" }).click();
    await expect(slot().getByRole("link", { name: file })).toBeVisible();
  }
}

/**
 * Signs a browser context in as a demo officer or administrator with a minted session (the
 * password and second-factor journey itself is tested in officer-sign-in.spec.ts).
 */
export async function signInAsStaff(context: BrowserContext, email: string): Promise<void> {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const { value } = await officerCookieFor(db, email);
    const url = new URL(process.env.E2E_BASE_URL!);
    await context.addCookies([{ name: "next-auth.session-token", value, domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" }]);
  } finally {
    await db.$disconnect();
  }
}
