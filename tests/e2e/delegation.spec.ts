// Delegation (issue 10): the system administrator records, for the Department of Construction, the
// delegation of the road transport business licence (1.000703) to every ward from today (each
// missing answer at its field first, nothing recorded); the procedure's page then names the wards
// "as authorised by" the department and the decision; the evaluation (back office and public)
// shows figures equal to its CSV; a resident files the licence naming their ward and the ward's
// receipt (Mẫu 01) names the department's decision; revoking it clears the procedure's page; axe
// on every new page. Desktop only: the delegation is recorded
// once per run (a second one of the same scope and days is refused as overlapping).
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db-client";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { fileAs } from "../support/officers.ts";
import { signInAsStaff } from "./support.ts";

test.describe.configure({ mode: "serial" });

const PROCEDURE = "1.000703";
const DECISION = `${(Date.now() % 9000) + 1000}/QĐ-SXD`;

/** Today in Hà Nội as the forms write it. */
const today = (): string =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());

async function departmentId(): Promise<string> {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    return (await db.agency.findUniqueOrThrow({ where: { slug: "hn-so-xay-dung" }, select: { id: true } })).id;
  } finally {
    await db.$disconnect();
  }
}

async function expectPage(page: Page, heading: string | RegExp, name: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, "delegation", `${name}.png`), fullPage: true });
}

/** RFC 4180 lines of the CSV (a Vietnamese percentage "95,5%" is quoted). */
function parseCsv(text: string): string[][] {
  return text.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .slice(0, -1).map((match) => (match[1]!.startsWith('"') ? match[1]!.slice(1, -1).replaceAll('""', '"') : match[1]!)));
}

/** Every cell of the evaluation table equals its line of the CSV: the figure (or "no figure"), its N, the small-sample mark. */
async function expectTableEqualsCsv(page: Page): Promise<void> {
  const table = page.getByTestId("delegation-evaluation");
  await expect(table).toBeVisible();
  const href = await page.getByRole("link", { name: "Tải bảng số liệu (CSV)" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const [header, ...lines] = parseCsv(await response.text());
  expect(header![0]).toBe("Chỉ tiêu");
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(lines.length);
  const columns = ["before", "after", "delegates", "delegator"];
  for (const [index, line] of lines.entries()) {
    const row = rows.nth(index);
    await expect(row.getByRole("rowheader")).toHaveText(line[0]!);
    for (const [c, column] of columns.entries()) {
      const cell = row.locator(`td[data-column=${column}]`);
      const value = (await cell.getAttribute("data-value")) ?? "";
      expect(line[1 + c * 3]).toBe(value === "" ? "Chưa có số liệu" : value.replace(/\./g, ""));
      expect(line[2 + c * 3]).toBe(await cell.getAttribute("data-n"));
      expect(line[3 + c * 3]).toBe(Number(line[2 + c * 3]) < 20 ? "có" : "không");
      await expect(cell).toContainText(`trên ${line[2 + c * 3]} hồ sơ`);
      if (Number(line[2 + c * 3]) < 20) await expect(cell).toContainText("Mẫu nhỏ");
    }
  }
}

let delegationUrl = "";

/** The delegation the first test recorded (the tests run in order): a test run alone fails here, loudly. */
function recordedDelegation(): string {
  expect(delegationUrl, "the first test of this file records the delegation").not.toBe("");
  return delegationUrl;
}

test("the system administrator records a delegation of the department's licence to every ward", { tag: "@desktop" }, async ({ page, context }) => {
  test.setTimeout(120_000);
  await signInAsStaff(context, "quantri@motcua.test");
  await page.goto("/can-bo/quan-tri");
  await page.getByRole("navigation", { name: "Mục quản trị" }).getByRole("link", { name: "Ủy quyền" }).click();
  await expectPage(page, "Ủy quyền giải quyết thủ tục", "list");

  await page.goto(`/can-bo/quan-tri/uy-quyen?co-quan=${await departmentId()}`);
  const form = page.getByRole("region", { name: "Ghi nhận ủy quyền" });
  await expect(form).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Nothing chosen: each problem at its field, what was typed kept, nothing recorded.
  await form.getByLabel("Số quyết định").fill("không phải số");
  await form.getByRole("button", { name: "Ghi nhận ủy quyền" }).click();
  await expect(form.getByText("Chọn cơ quan nhận ủy quyền.")).toBeVisible();
  await expect(form.getByText("Chọn phạm vi ủy quyền: một thủ tục hay cả một lĩnh vực.")).toBeVisible();
  await expect(form.getByText("Nhập số quyết định như in trên văn bản, ví dụ 123/QĐ-UBND.")).toBeVisible();
  await expect(form.getByText("Đính kèm bản quyết định (tệp PDF).")).toBeVisible();
  await expect(form.getByLabel("Số quyết định")).toHaveValue("không phải số");
  await expect(form.getByLabel("Số quyết định")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  const { pdf } = await import("./fixtures/files.ts");
  await form.getByLabel("Cơ quan nhận ủy quyền", { exact: true }).selectOption("COMMUNES");
  await form.getByLabel("Phạm vi ủy quyền").selectOption("PROCEDURE");
  await form.getByLabel(/^Mã thủ tục/).fill(PROCEDURE);
  await form.getByLabel(/^Đơn vị tham mưu/).fill("KT");
  await form.getByLabel("Số quyết định").fill(DECISION);
  await form.getByLabel("Ngày ký quyết định").fill(today());
  await form.getByLabel("Người ký (chức vụ và họ tên)").fill("KT. Giám đốc, Phó Giám đốc Nguyễn Văn Thử");
  await form.getByLabel("Ngày bắt đầu", { exact: true }).fill(today());
  await form.getByLabel("Bản quyết định (PDF)").setInputFiles(pdf("quyet-dinh-uy-quyen.pdf"));
  await form.getByRole("button", { name: "Ghi nhận ủy quyền" }).click();

  await expect(page.getByRole("heading", { name: "Đã thực hiện" })).toBeVisible();
  await expect(page.getByText("Đã ghi nhận ủy quyền.")).toBeVisible();
  await expectPage(page, `Ủy quyền theo Quyết định số ${DECISION}`, "detail");
  await expect(page.getByText("Đang có hiệu lực")).toBeVisible();
  delegationUrl = new URL(page.url()).pathname;
  // The decision as uploaded, for the administrator; nobody else.
  const decisionHref = (await page.getByRole("link", { name: "Tải bản quyết định (PDF)" }).getAttribute("href"))!;
  const decision = await page.request.get(decisionHref);
  expect(decision.status()).toBe(200);
  expect(decision.headers()["content-type"]).toBe("application/pdf");
  expect((await decision.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectTableEqualsCsv(page);

  // The list has it, with its evaluation.
  await page.goto("/can-bo/quan-tri/uy-quyen");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: `Quyết định số ${DECISION}` }) });
  await expect(row.getByRole("cell", { name: "Ủy ban nhân dân các xã, phường" })).toBeVisible();
  await expect(row.getByRole("link", { name: "Xem đánh giá" })).toBeVisible();
});

test("the procedure's page names the wards as authorised by the department, and links the public evaluation", { tag: "@desktop" }, async ({ page }) => {
  expect((await page.request.get(`/api/can-bo/uy-quyen/${recordedDelegation().split("/").pop()}/quyet-dinh`)).status()).toBe(404);
  await page.goto(`/thu-tuc/${PROCEDURE}`);
  const notice = page.getByTestId("delegation-notice");
  await expect(notice).toContainText(`Từ ngày ${today()}, thủ tục này do Ủy ban nhân dân các xã, phường giải quyết theo ủy quyền của Sở Xây dựng`);
  await expect(notice).toContainText(`Quyết định số ${DECISION} ngày ${today()}`);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, "delegation", "procedure.png"), fullPage: true });

  await notice.getByRole("link", { name: "Xem đánh giá kết quả ủy quyền" }).click();
  await expectPage(page, `Đánh giá ủy quyền theo Quyết định số ${DECISION}`, "public-evaluation");
  await expect(page.getByText("Trang này chỉ dùng số liệu thống kê tổng hợp, không có thông tin cá nhân.")).toBeVisible();
  await expectTableEqualsCsv(page);

  // The public statistics lead to it too.
  await page.goto("/thong-ke");
  await expect(page.getByRole("region", { name: "Đánh giá các ủy quyền" }).getByRole("link", { name: `Đánh giá ủy quyền theo Quyết định số ${DECISION}` })).toBeVisible();
});

test("a resident files the licence naming their ward; the ward's desk receives it and the receipt names the delegate", { tag: "@desktop" }, async ({ browser }) => {
  recordedDelegation();
  test.setTimeout(120_000);
  // Addressed to the department, the ward named: routed to the ward (docs/domain/delegation.md, rule 3).
  const dossierId = await fileAs("nguoidan@motcua.test", PROCEDURE, "hn-xa-bach-mai");
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  await signInAsStaff(context, "motcua.bachmai@motcua.test");
  const desk = await context.newPage();
  await desk.goto(`/can-bo/ho-so/${dossierId}`);
  await expect(desk.getByRole("heading", { name: "Xử lý hồ sơ", exact: true })).toBeVisible();
  const check = desk.getByRole("region", { name: "Kiểm tra hồ sơ và tiếp nhận" });
  for (const box of await check.getByRole("checkbox").all()) await box.check();
  await check.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(desk.getByRole("heading", { name: /Đã tiếp nhận hồ sơ/ })).toBeVisible();
  await desk.goto(`/can-bo/ho-so/${dossierId}/bieu-mau/01`);
  await expect(desk.getByText(`theo ủy quyền của Sở Xây dựng Thành phố Hà Nội tại Quyết định số ${DECISION} ngày ${today()}`)).toBeVisible();
  await expect(desk.getByText(/Cơ quan giải quyết: UBND Phường Bạch Mai/)).toBeVisible();
  await context.close();
});

test("the system administrator revokes it with a reason; the procedure's page no longer names the wards", { tag: "@desktop" }, async ({ page, context }) => {
  await signInAsStaff(context, "quantri@motcua.test");
  await page.goto(recordedDelegation());
  const revoke = page.getByRole("region", { name: "Thu hồi ủy quyền" });
  await revoke.getByRole("button", { name: "Thu hồi ủy quyền" }).click();
  await expect(revoke.getByText("Nêu lý do thu hồi (5–500 ký tự).")).toBeVisible();
  await revoke.getByLabel("Lý do thu hồi").fill("Kiểm thử: quyết định được thay thế.");
  await revoke.getByRole("button", { name: "Thu hồi ủy quyền" }).click();
  await expect(page.getByText("Đã thu hồi ủy quyền.")).toBeVisible();
  await expect(page.getByText("Đã thu hồi", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/thu-tuc/${PROCEDURE}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("delegation-notice")).toHaveCount(0);
});
