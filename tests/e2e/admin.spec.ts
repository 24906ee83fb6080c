// The agency administrator of UBND Phường Bạch Mai (desktop): invites an officer, whose mail is read
// from the development mailbox and who sets a password through the link; deactivates the officer
// (their open session ends) and resets their second factor; every administration page passes axe;
// another agency's officer, unit or agency answers 404. The system administrator's editing pages
// (the plan editor, an unpublished year of the calendar) pass axe too.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db-client";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { latestMail, signInAsStaff } from "./support.ts";

const ADMIN = "quantri.bachmai@motcua.test";
const SYSTEM_ADMIN = "quantri@motcua.test";

async function ids() {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const other = await db.user.findUniqueOrThrow({ where: { email: "motcua.ttpvhcc@motcua.test" }, select: { id: true, agencyId: true, unitId: true } });
    const own = await db.user.findUniqueOrThrow({ where: { email: "lanhdao.bachmai@motcua.test" }, select: { id: true } });
    return { otherOfficer: other.id, otherAgency: other.agencyId!, otherUnit: other.unitId!, ownOfficer: own.id };
  } finally {
    await db.$disconnect();
  }
}

/** The page's heading, axe, and a picture of it for whoever reviews the run (tests/.artifacts/admin/). */
async function expectPage(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const name = new URL(page.url()).pathname.replace(/^\/can-bo\/?/, "").replace(/[^\w-]+/g, "_").slice(0, 60) || "home";
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin", `${name}.png`), fullPage: true });
}

test("the ward administrator invites an officer, who sets a password; then deactivates them and resets their second factor @desktop", async ({ browser }) => {
  // A long journey through three browser contexts on a busy two-core machine.
  test.setTimeout(240_000);
  const adminContext = await browser.newContext();
  await signInAsStaff(adminContext, ADMIN);
  const page = await adminContext.newPage();

  await page.goto("/can-bo/quan-tri");
  await expectPage(page, "UBND Phường Bạch Mai");
  await expect(page.getByRole("heading", { name: "Thay đổi gần đây" })).toBeVisible();

  await page.getByRole("navigation", { name: "Mục quản trị" }).getByRole("link", { name: "Cán bộ" }).click();
  await expectPage(page, "Cán bộ");
  const email = `tran.thu.trang.${Date.now()}@hanoi.gov.vn`;
  const invite = page.getByRole("region", { name: "Mời cán bộ" });
  // Missing answers come back at their fields, with what was typed kept.
  await invite.getByLabel("Họ và tên").fill("Trần Thu Trang");
  await invite.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(invite.getByText("Nhập email công vụ hợp lệ")).toBeVisible();
  await expect(invite.getByText("Chọn vai trò.")).toBeVisible();
  await expect(invite.getByLabel("Họ và tên")).toHaveValue("Trần Thu Trang");
  await invite.getByLabel("Email công vụ").fill(email);
  const unitValue = await invite.locator("select[name=unitId] option", { hasText: "VHXH" }).getAttribute("value");
  await invite.getByLabel("Đơn vị").selectOption(unitValue!);
  await invite.getByLabel("Vai trò").selectOption({ label: "Chuyên viên" });
  await invite.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(page.getByRole("heading", { name: "Đã thực hiện" })).toBeVisible();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  // The mail, as the development mailbox shows it.
  const mailbox = await adminContext.newPage();
  const mail = await latestMail(mailbox, email, /Lời mời sử dụng hệ thống Một Cửa/);
  const link = /\/can-bo\/kich-hoat\/[\w-]+/.exec(mail.body)?.[0];
  expect(link).toBeTruthy();

  // The new officer, without any session, sets a password.
  const officerContext = await browser.newContext();
  const officerPage = await officerContext.newPage();
  await officerPage.goto(link!);
  await expectPage(officerPage, "Kích hoạt tài khoản cán bộ");
  await expect(officerPage.getByText(`Tài khoản: ${email}`)).toBeVisible();
  await officerPage.getByLabel("Mật khẩu", { exact: true }).fill("ngắn quá");
  await officerPage.getByLabel("Nhập lại mật khẩu").fill("ngắn quá");
  await officerPage.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(officerPage.getByText("Mật khẩu cần ít nhất 12 ký tự.")).toBeVisible();
  await officerPage.getByLabel("Mật khẩu", { exact: true }).fill("Hoa phượng đỏ 2026");
  await officerPage.getByLabel("Nhập lại mật khẩu").fill("Hoa phượng đỏ 2026");
  await officerPage.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(officerPage).toHaveURL(/\/can-bo\/kich-hoat\/da-kich-hoat$/);
  await expectPage(officerPage, "Tài khoản đã được kích hoạt");
  // The link works once.
  await officerPage.goto(link!);
  await expect(officerPage.getByText("Liên kết không còn hiệu lực")).toBeVisible();

  // The officer at work (a session as after the password and the code).
  await signInAsStaff(officerContext, email);
  await officerPage.goto("/can-bo");
  await expect(officerPage).toHaveURL(/\/can-bo$/);

  // The administrator deactivates them: their open session ends at its next request.
  await page.goto("/can-bo/quan-tri/can-bo");
  await page.getByRole("link", { name: "Trần Thu Trang" }).first().click();
  await expectPage(page, "Cán bộ Trần Thu Trang");
  await page.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(page.getByText("Đã khóa tài khoản; mọi phiên đăng nhập của cán bộ đã kết thúc.")).toBeVisible();
  await officerPage.goto("/can-bo");
  await expect(officerPage).toHaveURL(/\/can-bo\/dang-nhap/);

  // Back at work, then the phone is lost: the second factor is reset and the session ends again.
  await page.getByRole("button", { name: "Mở lại tài khoản" }).click();
  await expect(page.getByText("Đã mở lại tài khoản")).toBeVisible();
  await signInAsStaff(officerContext, email);
  await officerPage.goto("/can-bo");
  await expect(officerPage).toHaveURL(/\/can-bo$/);
  await page.getByRole("button", { name: "Đặt lại xác thực hai lớp" }).click();
  await expect(page.getByText("Đã đặt lại xác thực hai lớp")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Chưa cài đặt" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await officerPage.goto("/can-bo");
  await expect(officerPage).toHaveURL(/\/can-bo\/dang-nhap/);

  // Every change is on the administration's front page.
  await page.goto("/can-bo/quan-tri");
  const recent = page.getByRole("region", { name: "Thay đổi gần đây" });
  for (const what of ["Mời cán bộ Trần Thu Trang", "Trần Thu Trang nhận lời mời", "Khóa tài khoản Trần Thu Trang", "Đặt lại xác thực hai lớp của Trần Thu Trang"]) {
    await expect(recent.getByText(what).first()).toBeVisible();
  }
  await adminContext.close();
  await officerContext.close();
});

test("every administration page of the ward passes axe, and another agency answers 404 @desktop", async ({ context, page }) => {
  test.setTimeout(120_000);
  await signInAsStaff(context, ADMIN);
  const { otherOfficer, otherAgency, otherUnit } = await ids();
  await page.goto("/can-bo/quan-tri/don-vi");
  await expectPage(page, "Đơn vị");
  await page.getByRole("link", { name: /Văn hóa/ }).first().click();
  await expectPage(page, /Đơn vị VHXH/);
  await page.goto("/can-bo/quan-tri/quy-trinh");
  await expectPage(page, "Quy trình nội bộ");
  await page.getByRole("link", { name: /khai sinh/i }).first().click();
  await expectPage(page, /Quy trình nội bộ: /);
  await expect(page.getByText("Chỉ quản trị viên hệ thống sửa được quy trình")).toBeVisible();
  await page.goto("/can-bo/quan-tri/lich");
  await expectPage(page, "Lịch làm việc");
  await page.getByRole("link", { name: "2026" }).click();
  await expectPage(page, "Lịch làm việc năm 2026");
  await expect(page.getByRole("button", { name: "Lưu" })).toHaveCount(0);

  for (const path of [`/can-bo/quan-tri/can-bo/${otherOfficer}`, `/can-bo/quan-tri/don-vi/${otherUnit}`, `/can-bo/quan-tri/can-bo?co-quan=${otherAgency}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  // A form of its own officer's page, the id changed to the other agency's officer: not found, nothing changed.
  const { ownOfficer } = await ids();
  await page.goto(`/can-bo/quan-tri/can-bo/${ownOfficer}`);
  const status = page.getByRole("region", { name: "Tài khoản" });
  await status.locator('input[name="officerId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), otherOfficer);
  await status.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(page.getByRole("heading", { name: /Không tìm thấy/ })).toBeVisible();
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    expect(await db.user.findUniqueOrThrow({ where: { id: otherOfficer }, select: { isActive: true } })).toEqual({ isActive: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: ownOfficer }, select: { isActive: true } })).toEqual({ isActive: true });
  } finally {
    await db.$disconnect();
  }
});

test("the system administrator's editing pages pass axe @desktop", async ({ context, page }) => {
  test.setTimeout(120_000);
  await signInAsStaff(context, SYSTEM_ADMIN);
  await page.goto("/can-bo/quan-tri");
  await expectPage(page, "Quản trị");
  await page.getByLabel("Cơ quan").selectOption({ label: "UBND Phường Bạch Mai" });
  await page.getByRole("button", { name: "Xem cơ quan" }).click();
  await expectPage(page, "UBND Phường Bạch Mai");
  // Today's ward (not the ward of the same name merged away in 2025): its units and officers.
  await expect(page.getByRole("link", { name: /^[1-9]\d* cán bộ đang làm việc/ })).toBeVisible();
  await page.goto("/can-bo/quan-tri/quy-trinh/1.001193");
  await expectPage(page, /Quy trình nội bộ: 1\.001193/);
  await expect(page.getByRole("button", { name: "Lưu quy trình" })).toBeVisible();
  await page.goto("/can-bo/quan-tri/lich/2027");
  await expectPage(page, "Lịch làm việc năm 2027");
  // A make-up day on a weekday is refused at its field, what was typed kept.
  const days = page.getByRole("region", { name: "Sửa ngày" });
  await days.getByLabel("Từ ngày").fill("04/01/2027");
  await days.getByLabel("Loại ngày").selectOption({ label: "Làm bù" });
  await days.getByLabel("Tên ngày nghỉ hoặc làm bù").fill("Làm bù thử");
  await days.getByRole("button", { name: "Lưu" }).click();
  await expect(days.getByText("Ngày 04/01/2027 không phải thứ Bảy hay Chủ nhật")).toBeVisible();
  await expect(days.getByLabel("Từ ngày")).toHaveValue("04/01/2027");
  await expectNoSeriousA11yViolations(page);
});

test("the administrator's forms work without JavaScript: an error at its field, then the unit created @desktop", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInAsStaff(context, ADMIN);
  const page = await context.newPage();
  await page.goto("/can-bo/quan-tri/don-vi");
  const form = page.getByRole("region", { name: "Thêm đơn vị" });
  const code = `T${Date.now() % 1_000_000}`;
  await form.getByLabel("Mã đơn vị").fill(code);
  // A name of its own: the reports' test reads this ward's units at the same time.
  await form.getByLabel("Tên đơn vị").fill("Tổ công tác thử nghiệm");
  await form.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(form.getByText("Chọn loại đơn vị.")).toBeVisible();
  await expect(form.getByLabel("Mã đơn vị")).toHaveValue(code);
  await form.getByLabel("Loại đơn vị").selectOption({ label: "Phòng chuyên môn" });
  await form.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Đơn vị ${code}: Tổ công tác thử nghiệm` })).toBeVisible();
  await expect(page.getByText("Đã thêm đơn vị.")).toBeVisible();
  await context.close();
});
