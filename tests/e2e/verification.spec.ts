// Result verification, as a visitor meets it: a resident's dossier is resolved (its result issued
// with the portal's stamp), the resident downloads the result, and someone holding it follows the
// address printed under its QR code: the page says who issued it, when, for which procedure, and
// its SHA-256; the downloaded file matches, another file does not; an altered code is plainly not
// found (404). The receipt's own code shows its facts. On a phone and a desktop, axe on each page.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db-client";
import { formatDateTime } from "@/lib/i18n/format";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { officerStep, fileAs } from "../support/officers.ts";
import { readPdf } from "../support/pdf-text.ts";
import { qrTextOnFirstPage } from "../support/qr-in-pdf.ts";
import { pdf } from "./fixtures/files.ts";
import { signInWithIdentityProvider } from "./support.ts";

// The second demo resident: the filing test counts the first one's birth registrations.
const RESIDENT = { email: "nguoidan2@motcua.test", name: "Trần Thị Bình", nationalId: "001195006789", phone: "0900000002", street: "Số 5 phố Hàng Bạc" };
const NOT_FOUND = "Không tìm thấy văn bản này: văn bản không do hệ thống cấp hoặc mã đã bị sửa.";

async function withDb<T>(work: (db: ReturnType<typeof createPrismaClient>) => Promise<T>): Promise<T> {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/** No name, ID number, phone or address of the applicant anywhere on the page. */
async function expectNothingPersonal(page: Page): Promise<void> {
  const text = await page.locator("body").innerText();
  for (const secret of [RESIDENT.name, RESIDENT.nationalId, RESIDENT.phone, RESIDENT.street]) expect(text).not.toContain(secret);
}

/** Never indexed, and the code in the address never sent on (Next.js adds a robots tag of its own to a 404). */
async function expectPrivateMeta(page: Page): Promise<void> {
  const contents = (name: string) => page.locator(`meta[name="${name}"]`).evaluateAll((tags) => tags.map((tag) => tag.getAttribute("content") ?? ""));
  const robots = await contents("robots");
  expect(robots.length).toBeGreaterThan(0);
  for (const content of robots) expect(content).toMatch(/noindex/);
  expect(await contents("referrer")).toContain("no-referrer");
}

test.describe("verifying a result", () => {
  let dossierId = "";
  let procedureName = "";
  test.beforeAll(async () => {
    // Three officer steps, each a process of its own: minutes on a machine busy with other builds.
    test.setTimeout(300_000);
    dossierId = await fileAs(RESIDENT.email);
    await officerStep("receive", dossierId);
    await officerStep("finish", dossierId);
    procedureName = await withDb(async (db) => (await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { procedure: { select: { name: true } } } })).procedure.name);
  });

  test("a visitor follows the address on the downloaded result, sees who issued it and checks the file against its hash", async ({ page, browser }, testInfo) => {
    test.setTimeout(180_000);
    // The resident downloads the result from their dossier.
    await signInWithIdentityProvider(page, RESIDENT.name, `/ho-so/${dossierId}`);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: /Tải về trich-luc-khai-sinh\.pdf/ }).click();
    const downloaded = testInfo.outputPath("ket-qua.pdf");
    await (await downloading).saveAs(downloaded);
    const bytes = fs.readFileSync(downloaded);
    const hash = createHash("sha256").update(bytes).digest("hex");

    // What a phone reads off the first page: the printed address, and the QR code saying the same.
    const { pages } = await readPdf(bytes);
    const url = /Tra cứu tính xác thực: (\S+)/.exec(pages[0]!.text)?.[1];
    expect(url).toMatch(/\/xac-minh\/[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    const scanned = qrTextOnFirstPage(bytes);
    if (scanned !== undefined) expect(scanned).toBe(url);

    // A visitor without an account opens it.
    const visitorContext = await browser.newContext({ viewport: page.viewportSize() ?? undefined, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
    const visitor = await visitorContext.newPage();
    const response = await visitor.goto(new URL(url!).pathname);
    expect(response?.status()).toBe(200);
    await expect(visitor.getByRole("heading", { level: 1, name: "Xác minh văn bản" })).toBeVisible();
    await expect(visitor.getByRole("heading", { level: 2, name: "✓ Đã xác minh: Văn bản này do Cổng Một Cửa cấp" })).toBeVisible();
    await expect(visitor.getByText("UBND Phường Bạch Mai", { exact: true })).toBeVisible();
    await expect(visitor.getByText(`${procedureName} (1.001193)`)).toBeVisible();
    await expect(visitor.getByText("Kết quả giải quyết thủ tục hành chính")).toBeVisible();
    const issuedAt = await withDb(async (db) => (await db.document.findFirstOrThrow({ where: { dossierId, kind: "RESULT" }, select: { createdAt: true } })).createdAt);
    await expect(visitor.getByText(formatDateTime(issuedAt), { exact: true })).toBeVisible();
    await expect(visitor.getByTestId("issued-sha256")).toHaveText(hash);
    await expectNothingPersonal(visitor);
    await expectPrivateMeta(visitor);
    await expectNoSeriousA11yViolations(visitor);

    // The downloaded file matches; another file does not. Both computed in the browser.
    const outcome = visitor.getByTestId("file-check-outcome");
    await visitor.getByLabel("Chọn tệp để so sánh").setInputFiles(downloaded);
    await expect(outcome).toContainText("✓ Khớp: tệp này đúng là văn bản đã cấp.");
    await expect(outcome).toContainText(hash);
    await visitor.getByLabel("Chọn tệp để so sánh").setInputFiles(pdf("trich-luc-khai-sinh.pdf"));
    await expect(outcome).toContainText("✗ Không khớp: tệp này khác văn bản đã cấp");
    await expectNoSeriousA11yViolations(visitor);

    // A pasted hash is compared on the server (no JavaScript needed): as certutil prints it, then altered.
    await visitor.getByLabel("Hoặc dán mã băm SHA-256 của tệp").fill(hash.toUpperCase().match(/../g)!.join(" "));
    await visitor.getByRole("button", { name: "So sánh", exact: true }).click();
    await expect(visitor.getByText("✓ Khớp: mã băm bạn dán đúng là của văn bản đã cấp.")).toBeVisible();
    await visitor.getByLabel("Hoặc dán mã băm SHA-256 của tệp").fill(`${hash.slice(0, 63)}${hash.endsWith("0") ? "1" : "0"}`);
    await visitor.getByRole("button", { name: "So sánh", exact: true }).click();
    await expect(visitor.getByText("✗ Không khớp: mã băm bạn dán khác mã băm của văn bản đã cấp.")).toBeVisible();
    await visitorContext.close();
  });

  test("a code typed by hand leads to the same page; an altered or malformed code is plainly not found", async ({ page }) => {
    test.setTimeout(120_000);
    const code = await withDb(async (db) => (await db.document.findFirstOrThrow({ where: { dossierId, kind: "RESULT" }, select: { verificationCode: true } })).verificationCode!);
    await page.goto("/xac-minh");
    await expect(page.getByRole("heading", { level: 1, name: "Xác minh văn bản" })).toBeVisible();
    await expectPrivateMeta(page);
    await expectNoSeriousA11yViolations(page);
    // Typed in lower case, in groups of five, as read off the paper.
    await page.getByLabel("Mã xác minh").fill(code.toLowerCase().match(/.{5}/g)!.join(" "));
    await page.getByRole("button", { name: "Xác minh" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "✓ Đã xác minh: Văn bản này do Cổng Một Cửa cấp" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(`/xac-minh/${code.match(/.{5}/g)!.join("-")}`);

    // Something that cannot be a code: said at the field.
    await page.goto("/xac-minh");
    await page.getByLabel("Mã xác minh").fill("12345");
    await page.getByRole("button", { name: "Xác minh" }).click();
    await expect(page.getByText("Mã xác minh gồm 20 chữ và số")).toBeVisible();

    // One character changed, as a forger would; and a code that is no code at all: the same answer, 404.
    const altered = `${code.slice(0, 19)}${code.endsWith("7") ? "8" : "7"}`;
    for (const path of [`/xac-minh/${altered}`, "/xac-minh/khong-phai-ma"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy văn bản này" })).toBeVisible();
      await expect(page.getByText(NOT_FOUND)).toBeVisible();
      await expect(page.getByText("Đã xác minh")).toHaveCount(0);
      await expectPrivateMeta(page);
      await expectNoSeriousA11yViolations(page);
    }
  });

  test("the receipt's own code shows the receipt's facts and leads on to the lookup", async ({ page }) => {
    test.setTimeout(120_000);
    // The receipt is printed by the resident (its code is made then), then verified by a visitor.
    await signInWithIdentityProvider(page, RESIDENT.name, `/ho-so/${dossierId}/bien-nhan`);
    const codeText = await page.getByText(/Xác minh giấy tiếp nhận/).innerText();
    const code = /([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})/.exec(codeText)?.[1];
    expect(code).toBeTruthy();
    const dossier = await withDb((db) => db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { code: true, lookupCode: true } }));
    await page.context().clearCookies();
    await page.goto(`/xac-minh/${code}`);
    await expect(page.getByRole("heading", { level: 2, name: "✓ Đã xác minh: Giấy tiếp nhận này do Cổng Một Cửa cấp" })).toBeVisible();
    await expect(page.getByText(dossier.code!, { exact: true })).toBeVisible();
    await expect(page.getByText("UBND Phường Bạch Mai", { exact: true })).toBeVisible();
    // The lookup code stays on the paper: the page asks for it.
    expect(await page.locator("body").innerText()).not.toContain(dossier.lookupCode!);
    await expectNothingPersonal(page);
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Mã tra cứu").fill(dossier.lookupCode!);
    await page.getByRole("button", { name: "Xem tiến độ" }).click();
    await expect(page).toHaveURL(/\/tra-cuu\?/);
    await expect(page.getByRole("heading", { name: "Quá trình xử lý" })).toBeVisible();
  });
});
