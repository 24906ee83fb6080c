// The printed forms from the back office: the desk officer of UBND phường Bạch Mai prints Mẫu 01–05
// of dossiers taken through the engine (received, apologised for, asked to supplement; another
// refused), downloads each as an A5 PDF with real Vietnamese text, reads the ledger (Mẫu 06) whose
// CSV has the same rows, and prints it as an A4 landscape PDF. Officers of other agencies find none
// of it. Axe checks every page.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db-client";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { fileAs, officerStep } from "../support/officers.ts";
import { readPdf } from "../support/pdf-text.ts";
import { signInAsStaff } from "./support.ts";

const DESK = "motcua.bachmai@motcua.test";
const FORMS = {
  "01": "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
  "02": "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
  "03": "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
  "04": "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
  "05": "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
} as const;

/** RFC 4180 as the ledger writes it: quoted cells, doubled quotes, CRLF between rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  const cell = /("((?:[^"]|"")*)"|[^,\r\n]*)(,|\r\n|$)/gy;
  while (cell.lastIndex < text.length) {
    const match = cell.exec(text)!;
    rows.at(-1)!.push(match[2] !== undefined ? match[2].replaceAll('""', '"') : match[1]!);
    if (match[3] === "\r\n") rows.push([]);
  }
  return rows.filter((row) => row.length > 0);
}

async function expectPdf(response: APIResponse, size: { width: number; height: number }, words: string[]): Promise<void> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const { pages } = await readPdf(await response.body());
  expect(pages[0]!.width).toBeCloseTo(size.width, 0);
  expect(pages[0]!.height).toBeCloseTo(size.height, 0);
  const text = pages.map((page) => page.text).join(" ");
  for (const word of words) expect(text).toContain(word);
}

const A5 = { width: 419.53, height: 595.28 };
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

async function withDb<T>(work: (db: ReturnType<typeof createPrismaClient>) => Promise<T>): Promise<T> {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

async function ledgerTable(page: Page): Promise<string[][]> {
  return page.getByTestId("ledger-table").locator("tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell as HTMLElement).innerText.trim())));
}

test.describe("printed forms and the ledger", { tag: "@desktop" }, () => {
  // Dossier A: received, apologised for, then asked to supplement (Mẫu 01, 02, 04, 05); B: refused (Mẫu 03).
  let received = "";
  let code = "";
  let refused = "";
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    received = await fileAs("nguoidan@motcua.test", "1.001266");
    for (const step of ["receive", "apologise", "supplement"] as const) await officerStep(step, received);
    refused = await fileAs("nguoidan2@motcua.test");
    await officerStep("refuse", refused);
    code = (await withDb((db) => db.dossier.findUniqueOrThrow({ where: { id: received }, select: { code: true } }))).code!;
  });

  test("the desk officer prints Mẫu 01–05 of a dossier and downloads each as an A5 PDF", async ({ page, context }) => {
    test.setTimeout(120_000);
    await signInAsStaff(context, DESK);
    for (const [dossier, form] of [[received, "01"], [received, "02"], [received, "04"], [received, "05"], [refused, "03"]] as const) {
      await page.goto(`/can-bo/ho-so/${dossier}/bieu-mau/${form}`);
      await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Mẫu ${form}:`) })).toBeVisible();
      await expect(page.getByRole("heading", { name: FORMS[form], exact: true })).toBeVisible();
      await expect(page.locator("article[lang=vi]").first()).toContainText(form === "03" ? "Trần Thị Bình" : "Nguyễn Văn An");
      if (form !== "03") await expect(page.getByTestId("dossier-label")).toHaveText(code);
      await expect(page.getByRole("button", { name: "In biểu mẫu" })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      const pdfHref = await page.getByRole("link", { name: "Tải bản PDF (khổ A5)" }).getAttribute("href");
      await expectPdf(await page.request.get(pdfHref!), A5, [FORMS[form], "UBND PHƯỜNG BẠCH MAI", form === "03" ? "Trần Thị Bình" : "Nguyễn Văn An"]);
    }
    // Each form shows the applicant's personal data: the view and the download are recorded for them.
    const accesses = await withDb((db) =>
      db.dossierAccess.findMany({ where: { dossierId: received, user: { email: DESK } }, select: { kind: true, detail: true } }),
    );
    expect(accesses).toEqual(expect.arrayContaining([{ kind: "VIEW", detail: "Mẫu 01" }, { kind: "DOWNLOAD", detail: "Mẫu 01 (PDF)" }, { kind: "VIEW", detail: "Mẫu 05" }]));
    // What each form says, from the engine's records.
    await page.goto(`/can-bo/ho-so/${received}/bieu-mau/02`);
    await expect(page.getByRole("cell", { name: "Giấy chứng sinh (bản chụp rõ nét)" })).toBeVisible();
    await expect(page.getByText("Lý do: Bản chụp Giấy chứng sinh bị mờ, không đọc được số giấy.")).toBeVisible();
    await page.getByRole("link", { name: /^Mẫu 04:/ }).click();
    await expect(page.getByText(/Lý do: Cần xác minh thông tin đăng ký hộ kinh doanh với cơ quan thuế\./)).toBeVisible();
    await page.getByRole("link", { name: /^Mẫu 05:/ }).click();
    await expect(page.getByRole("cell", { name: /Tiếp nhận hồ sơ/ })).toBeVisible();
    // Printed, the page is the form alone: no site header, no back-office bar, no buttons.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { name: FORMS["05"], exact: true })).toBeVisible();
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("button", { name: "In biểu mẫu" })).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    // Forms the dossier does not have: not found, in the page and the PDF.
    for (const [dossier, form] of [[received, "03"], [refused, "01"], [refused, "05"], [received, "06"]] as const) {
      expect((await page.goto(`/can-bo/ho-so/${dossier}/bieu-mau/${form}`))?.status(), `${form}`).toBe(404);
      expect((await page.request.get(`/api/can-bo/ho-so/${dossier}/bieu-mau/${form}`)).status(), `PDF ${form}`).toBe(404);
    }
  });

  test("the ledger of this month shows the same rows as its CSV, and prints on A4 landscape", async ({ page, context }) => {
    await signInAsStaff(context, DESK);
    await page.goto("/can-bo/so-theo-doi");
    await expect(page.getByRole("heading", { level: 1, name: "Sổ theo dõi hồ sơ" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const csvHref = await page.getByRole("link", { name: "Tải sổ dạng CSV (mở bằng Excel)" }).getAttribute("href");
    expect(code).toMatch(/^000\.40\.05\.H26-\d{6}-\d{4}$/);
    // Other tests receive dossiers at this ward meanwhile: the page and the CSV are read together until they agree.
    await expect(async () => {
      await page.goto("/can-bo/so-theo-doi");
      const table = await ledgerTable(page);
      const response = await page.request.get(csvHref!);
      expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      const bytes = await response.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = parseCsv(bytes.subarray(3).toString("utf8"));
      expect(csv[0]).toEqual(["STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại", "Nhận hồ sơ", "Hẹn trả kết quả", "Có kết quả giải quyết", "Trả kết quả cho cá nhân, tổ chức", "Ghi chú"]);
      expect(table[0]).toEqual(csv[0]);
      expect(table.slice(1)).toEqual(csv.slice(1, table.length));
      expect(csv.map((row) => row[1])).toContain(code);
    }).toPass({ timeout: 30_000 });
    const row = page.getByTestId("ledger-table").getByRole("row").filter({ hasText: code });
    await expect(row).toContainText("Chấm dứt hoạt động hộ kinh doanh");
    await expect(row).toContainText("Nguyễn Văn An");
    await expect(row).toContainText(/hẹn lại ngày \d\d\/\d\d\/\d{4} \(phiếu xin lỗi\)/);
    const pdfHref = await page.getByRole("link", { name: "Tải sổ bản PDF (khổ A4 ngang)" }).getAttribute("href");
    await expectPdf(await page.request.get(pdfHref!), A4_LANDSCAPE, ["SỔ THEO DÕI HỒ SƠ", "UBND PHƯỜNG BẠCH MAI", code]);

    // A period the officer mistyped is said next to its field, and nothing is exported for it.
    await page.getByLabel("Từ ngày").fill("31/02/2026");
    await page.getByRole("button", { name: "Xem sổ" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Chưa xem được sổ" })).toContainText("Nhập ngày theo dạng ngày/tháng/năm");
    await expect(page.getByLabel("Từ ngày")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);
    expect((await page.request.get("/api/can-bo/so-theo-doi?tu=31/02/2026&den=01/03/2026&dinh-dang=csv")).status()).toBe(400);
  });

  for (const email of ["motcua.hoankiem@motcua.test", "motcua.ttpvhcc@motcua.test", "chuyenvien.congan@motcua.test"]) {
    test(`an officer of another agency (${email}) finds none of a Bạch Mai dossier`, async ({ page, context }) => {
      await signInAsStaff(context, email);
      for (const [dossier, form] of [[received, "01"], [received, "02"], [received, "04"], [received, "05"], [refused, "03"]] as const) {
        expect((await page.goto(`/can-bo/ho-so/${dossier}/bieu-mau/${form}`))?.status(), `page ${form}`).toBe(404);
        expect((await page.request.get(`/api/can-bo/ho-so/${dossier}/bieu-mau/${form}`)).status(), `PDF ${form}`).toBe(404);
      }
      const csv = await page.request.get("/api/can-bo/so-theo-doi?dinh-dang=csv");
      expect(csv.status()).toBe(200);
      expect((await csv.body()).toString("utf8")).not.toContain(code);
      await page.goto("/can-bo/so-theo-doi");
      await expect(page.getByText(code)).toHaveCount(0);
    });
  }

  test("without an officer's session, the PDFs and the ledger's files are not found", async ({ request }) => {
    for (const path of [`/api/can-bo/ho-so/${received}/bieu-mau/01`, `/api/can-bo/ho-so/${received}/bieu-mau/05`, "/api/can-bo/so-theo-doi?dinh-dang=csv", "/api/can-bo/so-theo-doi?dinh-dang=pdf"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});
