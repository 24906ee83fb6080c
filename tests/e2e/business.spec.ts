// A business: a member files for the company and a colleague sees the dossier; the owner invites a
// newcomer, who signs in with a one-time email code and joins through the emailed link.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { fileBirthRegistration, latestMail, signInWithIdentityProvider } from "./support.ts";

test.describe("a business", { tag: "@desktop" }, () => {
  test("a member files for the company and a second member sees it on their list and the dashboard", async ({ page, browser }) => {
    test.setTimeout(120_000);
    await signInWithIdentityProvider(page, "Lê Minh Cường");
    const dossierId = await fileBirthRegistration(page, { forOrganization: true });

    const colleague = await (await browser.newContext()).newPage();
    await signInWithIdentityProvider(colleague, "Đặng Thị Mai");
    await expect(colleague.locator(`a[href="/ho-so/${dossierId}"]`)).toBeVisible();
    await colleague.goto(`/ho-so/${dossierId}`);
    await expect(colleague.getByText("Công ty TNHH Thương mại Minh Cường")).toBeVisible();
    await colleague.goto("/doanh-nghiep");
    await colleague.getByRole("link", { name: "Công ty TNHH Thương mại Minh Cường" }).click();
    await expect(colleague.getByRole("heading", { level: 1, name: "Công ty TNHH Thương mại Minh Cường" })).toBeVisible();
    const submitted = colleague.getByRole("region", { name: "Số hồ sơ theo trạng thái" }).locator("div").filter({ hasText: "Mới đăng ký, chờ tiếp nhận" });
    expect(Number(await submitted.locator("dd").innerText())).toBeGreaterThanOrEqual(1);
    await expectNoSeriousA11yViolations(colleague);
    // A member, not an owner: no invitations.
    await expect(colleague.getByRole("button", { name: "Gửi lời mời" })).toHaveCount(0);
  });

  test("the owner invites a newcomer, who signs in with an email code and joins", async ({ page, browser }) => {
    const newcomer = `ketoan.${Date.now()}@example.com`;
    await signInWithIdentityProvider(page, "Lê Minh Cường", "/doanh-nghiep");
    await page.getByRole("link", { name: "Công ty TNHH Thương mại Minh Cường" }).click();
    await page.getByLabel("Mời thành viên qua email").fill("khong-phai-email");
    await page.getByRole("button", { name: "Gửi lời mời" }).click();
    await expect(page.locator("#invite-email-error")).toHaveText("Địa chỉ email không đúng định dạng.");
    await page.getByLabel("Mời thành viên qua email").fill(newcomer);
    await page.getByRole("button", { name: "Gửi lời mời" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã gửi lời mời.");

    const guest = await (await browser.newContext()).newPage();
    await guest.goto("/dang-nhap?next=%2Fho-so");
    await guest.getByLabel("Địa chỉ email").fill(newcomer);
    await guest.getByRole("button", { name: "Gửi mã đăng nhập" }).click();
    await expect(guest).toHaveURL(/\/dang-nhap\/ma\?yc=/);
    await expectNoSeriousA11yViolations(guest);
    const codePage = guest.url();
    const mail = await latestMail(guest, newcomer, /Mã đăng nhập/);
    const code = /(\d{6})/.exec(mail.subject)![1]!;
    await guest.goto(codePage);
    await guest.getByLabel(/Mã đăng nhập/).fill(code);
    await guest.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(guest).toHaveURL(/\/ho-so$/);

    const invitation = await latestMail(guest, newcomer, /Lời mời tham gia/);
    const link = /(\/doanh-nghiep\/loi-moi\/[\w-]+)/.exec(invitation.body)![1]!;
    await guest.goto(link);
    await guest.getByRole("button", { name: "Tham gia" }).click();
    await expect(guest.getByText("Bạn đã tham gia doanh nghiệp.")).toBeVisible();
    // The link works once.
    await guest.goto(link);
    await expect(guest.getByText(/Lời mời không còn hiệu lực/)).toBeVisible();
  });
});
