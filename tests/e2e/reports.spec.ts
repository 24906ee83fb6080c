// The accountability report of UBND Phường Bạch Mai, on a small history of October 2025 written for
// this test: the leader sees every unit and officer, the unit head only the unit, a specialist gets
// "not found"; each CSV says what its table says; axe finds nothing serious.
import { randomInt } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db-client";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { signInAsStaff } from "./support.ts";

const LEADER = "lanhdao.bachmai@motcua.test";
const HEAD = "truongphong.bachmai@motcua.test";
const SPECIALIST = "chuyenvien.bachmai@motcua.test";
const hanoi = (local: string) => new Date(`${local.replace(" ", "T")}:00+07:00`);

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const agency = await db.agency.findUniqueOrThrow({ where: { slug: "hn-xa-bach-mai" }, select: { id: true, units: { select: { id: true, code: true } } } });
    const unit = (code: string) => agency.units.find((candidate) => candidate.code === code)!.id;
    const officer = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    const procedure = await db.procedure.findUniqueOrThrow({ where: { code: "1.001193" }, select: { id: true } });
    const code = `000.40.05.H26-251001-${String(randomInt(1000, 9999))}`;
    const dossier = await db.dossier.create({ data: { code, procedureId: procedure.id, agencyId: agency.id, channel: "ONLINE", status: "RETURNED" } });
    const legs = [
      // Thu 02/10/2025 (Wed 01/10 would do too): 30 min at the desk, 4 h appraisal, 5 h review (late).
      [unit("MC"), await officer("motcua.bachmai@motcua.test"), "2025-10-02 08:00", "2025-10-02 08:30", "ON_TIME"],
      [unit("VHXH"), await officer(SPECIALIST), "2025-10-02 08:30", "2025-10-02 13:30", "ON_TIME"],
      [unit("VHXH"), await officer(HEAD), "2025-10-02 13:30", "2025-10-03 09:30", "LATE"],
    ] as const;
    await db.processingStep.createMany({
      data: legs.map(([unitId, handlerId, from, to, outcome], index) => ({
        dossierId: dossier.id, sequence: index + 1, kind: "PROCESSING" as const, agencyId: agency.id, unitId, handlerId, title: `Bước ${index + 1}`,
        startedAt: hanoi(from), completedAt: hanoi(to), dueAt: hanoi("2025-10-02 17:00"), duePrecision: "DAY" as const, outcome,
      })),
    });
    await db.dueDateChange.create({
      data: { dossierId: dossier.id, previousDueAt: hanoi("2025-10-03 17:00"), newDueAt: hanoi("2025-10-10 17:00"), reason: "Cần xác minh thêm", issuedById: await officer(LEADER), issuedAt: hanoi("2025-10-03 09:00") },
    });
  } finally {
    await db.$disconnect();
  }
});

async function openReport(page: Page): Promise<void> {
  await page.goto("/can-bo/bao-cao");
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo trách nhiệm giải trình" })).toBeVisible();
  await page.getByLabel("Từ ngày").fill("01/10/2025");
  await page.getByLabel("Đến ngày").fill("31/10/2025");
  await page.getByRole("button", { name: "Xem báo cáo" }).click();
  await expect(page.getByRole("heading", { name: "Từ 01/10/2025 đến 31/10/2025" })).toBeVisible();
}

/** A table's header and rows as the page shows them (not the line saying it is empty). */
async function tableCells(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole("table", { name: caption });
  const header = await table.locator("thead th").allInnerTexts();
  const rows = await table.locator("tbody tr:not([data-empty])").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => (cell as HTMLElement).innerText.trim())));
  return [header.map((text) => text.trim()), ...rows];
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted && char === '"' && text[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (quoted || char !== "\r") {
      cell += char;
    }
  }
  return rows;
}

async function csvOf(page: Page, caption: string): Promise<string[][]> {
  const href = await page.getByRole("link", { name: `Tải CSV: ${caption}` }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const text = await response.text();
  return parseCsv(text.replace(/^\uFEFF/, ""));
}

const SEEDED_UNITS = ["Bộ phận Một cửa", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Lãnh đạo Ủy ban nhân dân phường", "Toàn cơ quan"];

test("a leader sees every unit and officer of the ward; each CSV says what its table says @desktop", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAsStaff(context, LEADER);
  const page = await context.newPage();
  await openReport(page);
  // Only the ward's seeded units: the administration test adds units to this ward meanwhile.
  const seeded = (rows: string[][]) => rows.filter((row, index) => index === 0 || SEEDED_UNITS.includes(row[0]!));
  const units = seeded(await tableCells(page, "Theo phòng, ban"));
  expect(units[0]).toEqual(["Phòng, ban", "Lượt đã xử lý", "Thời gian giữ trung vị (giờ làm việc)", "Phân vị 90 (giờ làm việc)", "Trễ hạn", "Chuyển trả", "Bị trả lại", "Xin lỗi"]);
  expect(units.slice(1)).toEqual([
    ["Bộ phận Một cửa", "1", "0,5", "0,5", "0", "0", "0", "0"],
    ["Phòng Kinh tế, Hạ tầng và Đô thị", "0", "—", "—", "0", "0", "0", "0"],
    // 4 h and 5 h (13:30 → 09:30 the next day, lunch and night left out): median 4,5; p90 4,9.
    ["Phòng Văn hóa - Xã hội", "2", "4,5", "4,9", "1", "0", "0", "0"],
    ["Lãnh đạo Ủy ban nhân dân phường", "0", "—", "—", "0", "0", "0", "1"],
    ["Toàn cơ quan", "3", "4,0", "4,8", "1", "0", "0", "1"],
  ]);
  const officers = await tableCells(page, "Theo cán bộ");
  expect(officers.slice(1).map((row) => row[0])).toEqual(expect.arrayContaining(["Hoàng Văn Nam", "Đỗ Thị Hương", "Vũ Quang Huy", "Phạm Thị Thu"]));
  expect(officers.find((row) => row[0] === "Đỗ Thị Hương")).toEqual(["Đỗ Thị Hương", "Phòng Văn hóa - Xã hội", "1", "5,0", "5,0", "1", "0", "0", "0"]);
  expect(seeded(await csvOf(page, "Theo phòng, ban"))).toEqual(units);
  expect(await csvOf(page, "Theo cán bộ")).toEqual(officers);
  // The open legs change with the clock (working days held): their codes and holders must agree.
  const open = await tableCells(page, "Hồ sơ nằm lâu nhất chưa chuyển (đến thời điểm xem)");
  const openCsv = await csvOf(page, "Hồ sơ nằm lâu nhất chưa chuyển (đến thời điểm xem)");
  expect(openCsv.map((row) => row.slice(0, 7))).toEqual(open.map((row) => row.slice(0, 7)));
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test("a unit head sees the unit and its officers only @desktop", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAsStaff(context, HEAD);
  const page = await context.newPage();
  await openReport(page);
  await expect(page.getByText(/^Phạm vi: Phòng Văn hóa - Xã hội, /)).toBeVisible();
  const units = await tableCells(page, "Theo phòng, ban");
  expect(units.slice(1)).toEqual([["Phòng Văn hóa - Xã hội", "2", "4,5", "4,9", "1", "0", "0", "0"]]);
  const officers = (await tableCells(page, "Theo cán bộ")).slice(1);
  expect(officers.every((row) => row[1] === "Phòng Văn hóa - Xã hội")).toBe(true);
  expect(officers.map((row) => row[0])).not.toContain("Vũ Quang Huy");
  expect(await csvOf(page, "Theo phòng, ban")).toEqual(await tableCells(page, "Theo phòng, ban"));
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test("a wrong period is said next to its field @desktop", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAsStaff(context, LEADER);
  const page = await context.newPage();
  await page.goto("/can-bo/bao-cao?tu=31/10/2025&den=01/10/2025");
  await expect(page.getByLabel("Đến ngày")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.").first()).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await context.close();
});

test("a specialist gets 404, for the page and the CSV @desktop", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAsStaff(context, SPECIALIST);
  const page = await context.newPage();
  const response = await page.goto("/can-bo/bao-cao");
  expect(response?.status()).toBe(404);
  expect((await page.request.get("/api/can-bo/bao-cao?tu=01/10/2025&den=31/10/2025&bang=don-vi")).status()).toBe(404);
  await context.close();
});
