// The back office on a desktop: a resident's online dossier is received at the desk (with the
// keyboard alone), assigned by the unit head, appraised by a specialist, sent back once by the
// leader, approved, its result attached and returned; the resident then sees each hand-over with
// early/on time/late and which units looked at the file. The late path: the unit drafts an
// apology, the leader signs it, the resident sees the new date, and a second one is refused.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db-client";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { fileAs } from "../support/officers.ts";
import { pdf } from "./fixtures/files.ts";
import { answerBirthForm, signInAsStaff, signInWithIdentityProvider } from "./support.ts";


async function staffPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  await signInAsStaff(context, email);
  return context.newPage();
}

async function open(page: Page, dossierId: string): Promise<void> {
  await page.goto(`/can-bo/ho-so/${dossierId}`);
  await expect(page.getByRole("heading", { name: "Xử lý hồ sơ", exact: true })).toBeVisible();
}

const form = (page: Page, title: string | RegExp) => page.getByRole("region", { name: title });

test.describe("the back office", { tag: "@desktop" }, () => {
  test("an online dossier goes from the desk through the unit and the leader to its result, and the resident sees every hand-over", async ({ browser }) => {
    test.setTimeout(300_000);
    const db = createPrismaClient(process.env.DATABASE_URL!, 1);
    const dossierId = await fileAs("nguoidan@motcua.test");
    const { reference } = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { reference: true } });

    // The desk: the queue of online dossiers, found by its reference, checked and received with the keyboard alone.
    const desk = await staffPage(browser, "motcua.bachmai@motcua.test");
    await desk.goto("/can-bo");
    await expect(desk.getByRole("heading", { name: "Chờ tiếp nhận (trực tuyến)" })).toBeVisible();
    await expectNoSeriousA11yViolations(desk);
    await desk.getByLabel("Tìm hồ sơ").focus();
    await desk.keyboard.type(reference!);
    await desk.keyboard.press("Enter");
    await expect(desk.getByRole("heading", { name: /Kết quả tìm kiếm/ })).toContainText("1 hồ sơ");
    await expectNoSeriousA11yViolations(desk);
    await desk.getByRole("link", { name: reference! }).focus();
    await desk.keyboard.press("Enter");
    await expect(desk.getByRole("heading", { name: "Kiểm tra hồ sơ và tiếp nhận" })).toBeVisible();
    await expectNoSeriousA11yViolations(desk);
    const check = form(desk, "Kiểm tra hồ sơ và tiếp nhận");
    // Receiving before ticking the papers: the message sits at the checklist.
    await check.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
    await expect(check.getByText(/Đánh dấu từng giấy tờ bắt buộc/)).toBeVisible();
    const boxes = check.getByRole("checkbox");
    await boxes.first().focus();
    const count = await boxes.count();
    for (let index = 0; index < count; index++) {
      await desk.keyboard.press("Space");
      await desk.keyboard.press("Tab");
    }
    for (let tabs = 0; tabs < 6 && !(await check.getByRole("button", { name: "Tiếp nhận hồ sơ" }).evaluate((button) => button === document.activeElement)); tabs++) {
      await desk.keyboard.press("Tab");
    }
    await desk.keyboard.press("Enter");
    await expect(desk.getByRole("heading", { name: /Đã tiếp nhận hồ sơ/ })).toBeVisible();
    const { code } = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { code: true } });
    await expect(desk.getByRole("heading", { level: 1 })).toContainText(code!);
    await form(desk, /Hoàn thành bước/).getByRole("button", { name: "Chuyển tiếp" }).click();
    await expect(desk.getByRole("heading", { name: "Đã chuyển hồ sơ sang bước tiếp theo." })).toBeVisible();

    // A specialist cannot approve, and has nothing to do before being assigned.
    const specialist = await staffPage(browser, "chuyenvien.bachmai@motcua.test");
    await open(specialist, dossierId);
    await expect(specialist.getByRole("button", { name: "Phê duyệt" })).toHaveCount(0);

    // The unit head assigns the specialist.
    const head = await staffPage(browser, "truongphong.bachmai@motcua.test");
    await head.goto("/can-bo?hang=don-vi");
    await head.getByRole("link", { name: code! }).click();
    await expectNoSeriousA11yViolations(head);
    await form(head, "Phân công chuyên viên").getByLabel("Chuyên viên xử lý").selectOption({ label: "Hoàng Văn Nam" });
    await form(head, "Phân công chuyên viên").getByRole("button", { name: "Phân công" }).click();
    await expect(head.getByRole("heading", { name: "Đã phân công cán bộ xử lý." })).toBeVisible();

    // The specialist finds it in "assigned to me" and sends it on to the leader with the appraisal.
    await specialist.goto("/can-bo?hang=cua-toi");
    await specialist.getByRole("link", { name: code! }).click();
    const forward = form(specialist, /Hoàn thành bước, chuyển: Phê duyệt/);
    await forward.getByLabel("Chuyển cho").selectOption({ label: "Vũ Quang Huy" });
    await forward.getByLabel("Ý kiến thẩm định, ghi chú").fill("Hồ sơ đầy đủ, đủ điều kiện đăng ký khai sinh.");
    await forward.getByRole("button", { name: "Chuyển tiếp" }).click();
    await expect(specialist.getByRole("heading", { name: "Đã chuyển hồ sơ sang bước tiếp theo." })).toBeVisible();

    // The leader sends it back once, with the reason; without a reason it is refused at the field.
    const leader = await staffPage(browser, "lanhdao.bachmai@motcua.test");
    await leader.goto("/can-bo?hang=cua-toi");
    await leader.getByRole("link", { name: code! }).click();
    await expectNoSeriousA11yViolations(leader);
    const sendBack = form(leader, "Trả lại bước trước");
    await sendBack.getByRole("button", { name: "Trả lại" }).click();
    await expect(sendBack.getByText("Không được để trống.")).toBeVisible();
    await sendBack.getByLabel("Lý do").fill("Ghi rõ nơi sinh theo Giấy chứng sinh.");
    await sendBack.getByRole("button", { name: "Trả lại" }).click();
    await expect(leader.getByRole("heading", { name: "Đã trả lại bước trước, có nêu lý do." })).toBeVisible();

    // The specialist sends it on again; the leader approves.
    await open(specialist, dossierId);
    await form(specialist, /Hoàn thành bước, chuyển: Phê duyệt/).getByRole("button", { name: "Chuyển tiếp" }).click();
    await expect(specialist.getByRole("heading", { name: "Đã chuyển hồ sơ sang bước tiếp theo." })).toBeVisible();
    await open(leader, dossierId);
    await form(leader, "Phê duyệt kết quả").getByRole("button", { name: "Phê duyệt" }).click();
    await expect(leader.getByRole("heading", { name: "Đã phê duyệt kết quả." })).toBeVisible();

    // The specialist attaches the signed result; the desk returns it online.
    await specialist.goto("/can-bo?hang=co-quyet-dinh");
    await specialist.getByRole("link", { name: code! }).click();
    const result = form(specialist, "Đính kèm văn bản kết quả");
    await result.getByLabel(/Văn bản kết quả đã ký/).setInputFiles(pdf("trich-luc-khai-sinh.pdf"));
    await result.getByRole("button", { name: "Đính kèm, chuyển trả kết quả" }).click();
    await expect(specialist.getByRole("heading", { name: /Đã đính kèm kết quả/ })).toBeVisible();
    await desk.goto("/can-bo?hang=tra-ket-qua");
    await desk.getByRole("link", { name: code! }).click();
    await form(desk, "Trả kết quả").getByLabel("Cách trả").selectOption("ONLINE");
    await form(desk, "Trả kết quả").getByRole("button", { name: "Đã trả kết quả" }).click();
    await expect(desk.getByRole("heading", { name: "Đã trả kết quả và ghi sổ." })).toBeVisible();
    await expect(desk.getByText("Đã trả kết quả").first()).toBeVisible();

    // The resident: each hand-over with its verdict, the send-back, and who looked at the file.
    const resident = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })).newPage();
    await signInWithIdentityProvider(resident, "Nguyễn Văn An", `/ho-so/${dossierId}`);
    const slip = resident.getByRole("region", { name: "Quá trình xử lý" });
    await expect(slip.getByRole("listitem")).toHaveCount(6);
    await expect(slip.getByText("(trả lại để xử lý lại)")).toHaveCount(1);
    for (const verdict of await slip.locator("dd.font-semibold").allTextContents()) expect(verdict).toMatch(/Trước hạn|Đúng hạn|Trễ hạn/);
    const access = resident.getByRole("region", { name: "Ai đã xem, xử lý hồ sơ của tôi" });
    await expect(access.getByText(/Bộ phận Một cửa, UBND Phường Bạch Mai · Xem hồ sơ/).first()).toBeVisible();
    await expect(access.getByText(/Phòng Văn hóa - Xã hội, UBND Phường Bạch Mai · Xử lý: Phân công/)).toBeVisible();
    await expectNoSeriousA11yViolations(resident);
    await db.$disconnect();
  });
});

/** dd/MM/yyyy of a working day about a week after `date` (weekends and New Year's Day skipped). */
function aWeekLater(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3_600_000 + 7 * 86_400_000);
  while ([0, 6].includes(local.getUTCDay()) || (local.getUTCMonth() === 0 && local.getUTCDate() === 1)) local.setUTCDate(local.getUTCDate() + 1);
  return `${String(local.getUTCDate()).padStart(2, "0")}/${String(local.getUTCMonth() + 1).padStart(2, "0")}/${local.getUTCFullYear()}`;
}

test.describe("a dossier running late", { tag: "@desktop" }, () => {
  test("the unit drafts the apology, the leader signs it, the resident sees the new date, and a second one is refused", async ({ browser }) => {
    test.setTimeout(180_000);
    const db = createPrismaClient(process.env.DATABASE_URL!, 1);
    // Certifying a will: two working days, long enough to apologise at least a working day ahead on any day of the week.
    const dossierId = await fileAs("nguoidan2@motcua.test", "2.001019");
    const desk = await staffPage(browser, "motcua.bachmai@motcua.test");
    await open(desk, dossierId);
    const check = form(desk, "Kiểm tra hồ sơ và tiếp nhận");
    for (const box of await check.getByRole("checkbox").all()) await box.check();
    await check.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
    await expect(desk.getByRole("heading", { name: /Đã tiếp nhận hồ sơ/ })).toBeVisible();
    await form(desk, /Hoàn thành bước/).getByRole("button", { name: "Chuyển tiếp" }).click();
    await expect(desk.getByRole("heading", { name: "Đã chuyển hồ sơ sang bước tiếp theo." })).toBeVisible();
    const { dueAt } = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { dueAt: true } });
    const newDate = aWeekLater(dueAt!);

    // Two tabs of the unit's specialist: the second stays on the page as it was.
    const specialist = await staffPage(browser, "chuyenvien.bachmai@motcua.test");
    const stale = await specialist.context().newPage();
    await open(stale, dossierId);
    await open(specialist, dossierId);
    const draft = form(specialist, "Lập thư xin lỗi và hẹn lại (Mẫu 04)");
    await draft.getByLabel("Ngày hẹn mới (dd/MM/yyyy)").fill("31/02/2026");
    await draft.getByRole("button", { name: "Gửi lãnh đạo ký" }).click();
    await expect(draft.getByText("Không được để trống.")).toBeVisible();
    await expect(draft.getByText(/Nhập ngày theo dạng dd\/MM\/yyyy/)).toBeVisible();
    await expect(draft.getByLabel("Ngày hẹn mới (dd/MM/yyyy)")).toHaveValue("31/02/2026");
    await draft.getByLabel("Lý do").fill("Cần xác minh thêm với người làm chứng.");
    await draft.getByLabel("Ngày hẹn mới (dd/MM/yyyy)").fill(newDate);
    await draft.getByRole("button", { name: "Gửi lãnh đạo ký" }).click();
    await expect(specialist.getByRole("heading", { name: /Đã lập dự thảo thư xin lỗi/ })).toBeVisible();

    // The leader signs it off.
    const leader = await staffPage(browser, "lanhdao.bachmai@motcua.test");
    await open(leader, dossierId);
    await expectNoSeriousA11yViolations(leader);
    await form(leader, /Ký thư xin lỗi \(Mẫu 04\)/).getByRole("button", { name: "Ký và gửi người nộp" }).click();
    await expect(leader.getByRole("heading", { name: /Đã ký thư xin lỗi/ })).toBeVisible();
    await expect(leader.getByText("Hồ sơ đã được xin lỗi và hẹn lại một lần; ngày hẹn không được thay đổi lần nữa.")).toBeVisible();

    // The stale tab tries a second apology: refused, with the reason.
    const second = form(stale, "Lập thư xin lỗi và hẹn lại (Mẫu 04)");
    await second.getByLabel("Lý do").fill("Lần hai");
    await second.getByLabel("Ngày hẹn mới (dd/MM/yyyy)").fill(newDate);
    await second.getByRole("button", { name: "Gửi lãnh đạo ký" }).click();
    await expect(second.getByText("Hồ sơ đã được hẹn lại một lần; ngày hẹn chỉ được thay đổi một lần.")).toBeVisible();
    expect(await db.dueDateChange.count({ where: { dossierId } })).toBe(1);

    // The resident sees the apology and the new date.
    const resident = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })).newPage();
    await signInWithIdentityProvider(resident, "Trần Thị Bình", `/ho-so/${dossierId}`);
    await expect(resident.getByText(`sang ${newDate}`).first()).toBeVisible();
    await expect(resident.getByText("Cần xác minh thêm với người làm chứng.")).toBeVisible();
    await db.$disconnect();
  });
});

test.describe("walk-in intake", { tag: "@desktop" }, () => {
  test("the desk files a dossier for a resident at the counter, with scanned papers, and gets the receipt to print", async ({ browser }) => {
    test.setTimeout(120_000);
    const desk = await staffPage(browser, "motcua.bachmai@motcua.test");
    await desk.goto("/can-bo");
    await desk.getByRole("link", { name: "Tiếp nhận trực tiếp" }).click();
    await desk.getByLabel("Thủ tục").selectOption("1.001193");
    await desk.getByRole("button", { name: "Chọn" }).click();
    await expect(desk.getByRole("heading", { name: "Thủ tục đăng ký khai sinh" })).toBeVisible();
    await expectNoSeriousA11yViolations(desk);
    // Sent empty: every problem listed, each at its field.
    await desk.getByRole("button", { name: "Tiếp nhận và in giấy hẹn" }).click();
    await expect(desk.getByRole("alert").filter({ hasText: "thông tin cần sửa" })).toBeVisible();
    await expect(desk.getByText("Vui lòng chọn một tệp để tải lên.").first()).toBeVisible();
    await desk.getByLabel("Họ, chữ đệm và tên", { exact: true }).fill("Phan Thị Lụa");
    await desk.getByLabel("Số định danh cá nhân").fill("001190011223");
    await desk.getByLabel("Số điện thoại").fill("0912345678");
    await desk.getByLabel("Địa chỉ liên hệ").fill("Số 3 phố Lê Thanh Nghị, phường Bạch Mai, Hà Nội");
    await answerBirthForm(desk, { childFullName: "Phan Minh Khôi", dateOfBirth: "02/11/2026", sex: "Nam", placeOfBirth: "Bệnh viện Bạch Mai, Hà Nội", relationship: "Mẹ" });
    await desk.getByLabel(/^Giấy chứng sinh/).setInputFiles(pdf("giay-chung-sinh.pdf"));
    await desk.getByLabel(/^Hộ chiếu\/Thẻ căn cước/).setInputFiles(pdf("can-cuoc.pdf"));
    await desk.getByRole("button", { name: "Tiếp nhận và in giấy hẹn" }).click();
    await expect(desk.getByRole("heading", { name: /Đã tiếp nhận hồ sơ/ })).toBeVisible();
    await expect(desk.getByText("Trực tiếp tại Bộ phận Một cửa")).toBeVisible();
    await expect(desk.getByRole("link", { name: "Mẫu 01: Giấy tiếp nhận và hẹn trả kết quả" }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(desk);
  });
});

test.describe("isolation", { tag: "@desktop" }, () => {
  test("an officer of another ward gets 404 for a Bạch Mai dossier: its page, its papers, and a tampered form", async ({ browser }) => {
    test.setTimeout(120_000);
    const db = createPrismaClient(process.env.DATABASE_URL!, 1);
    const bachMai = await fileAs("nguoidan@motcua.test");
    const hoanKiem = await fileAs("nguoidan2@motcua.test", "1.001193", "hn-xa-hoan-kiem");
    const other = await staffPage(browser, "motcua.hoankiem@motcua.test");
    const response = await other.goto(`/can-bo/ho-so/${bachMai}`);
    expect(response?.status()).toBe(404);
    const paper = await db.document.findFirst({ where: { dossierId: bachMai }, select: { id: true } });
    const download = await other.request.get(`/api/can-bo/ho-so/${bachMai}/giay-to/${paper?.id ?? "00000000-0000-0000-0000-000000000000"}`);
    expect(download.status()).toBe(404);
    // Its own dossier's form, with the id changed to the other ward's dossier: not found, nothing changed.
    await open(other, hoanKiem);
    const check = form(other, "Kiểm tra hồ sơ và tiếp nhận");
    await check.locator('input[name="dossierId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), bachMai);
    await check.getByRole("checkbox").evaluateAll((boxes) => boxes.forEach((box) => ((box as HTMLInputElement).checked = true)));
    await check.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
    await expect(other.getByRole("heading", { name: /Không tìm thấy/ })).toBeVisible();
    expect((await db.dossier.findUniqueOrThrow({ where: { id: bachMai }, select: { status: true } })).status).toBe("SUBMITTED");
    // A resident who opens the back office sees "not found" too; without a session, the sign-in.
    const visitor = await browser.newPage();
    await visitor.goto(`/can-bo/ho-so/${bachMai}`);
    await expect(visitor).toHaveURL(/\/can-bo\/dang-nhap\?next=/);
    await db.$disconnect();
  });

  test("a unit's specialist does not see another unit's dossier", async ({ browser }) => {
    const landRegistration = await fileAs("nguoidan@motcua.test", "1.001266");
    const specialist = await staffPage(browser, "chuyenvien.bachmai@motcua.test");
    const response = await specialist.goto(`/can-bo/ho-so/${landRegistration}`);
    expect(response?.status()).toBe(404);
  });
});
