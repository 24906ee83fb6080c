// The public statistics pages (docs/domain/statistics.md, "The public pages"): a visitor on a
// phone and on a desktop browses the city, the seeded ward UBND Phường Bạch Mai and birth
// registration; the ward's page says the same numbers as its CSV files and its JSON; a wrong
// period is told at its field; the keyboard reaches the period form and the downloads; axe on
// every page. The figures come from a small history written through the lifecycle commands in last
// month (tests/e2e/fixtures/statistics-history.ts), a closed period nothing else writes into.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { ROOT } from "../support/paths.ts";

const WARD = "/thong-ke/co-quan/hn-xa-bach-mai";
let month = "";

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  const { stdout } = await promisify(execFile)(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "tests/e2e/fixtures/statistics-history.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR ?? ".data" },
    timeout: 230_000,
  });
  month = stdout.trim().split("\n").pop()!;
  expect(month).toMatch(/^\d{4}-\d{2}$/);
});

/** A figure as the page or a CSV writes it → a number (null for no figure). */
function numberOf(text: string): number | null {
  const cleaned = text.replace(/\s/g, "");
  if (cleaned === "" || cleaned.startsWith("—")) return null;
  if (cleaned.endsWith("%") || /^\d+,\d$/.test(cleaned)) return Number(cleaned.replace("%", "").replace(",", "."));
  const digits = cleaned.replace(/\./g, "");
  return /^\d+$/.test(digits) ? Number(digits) : NaN;
}

/** Splits CSV text (RFC 4180) into rows of cells. */
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
    } else if (!quoted && char === "\r" && text[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index++;
    } else {
      cell += char;
    }
  }
  return rows;
}

/** A table of the page: its rows as the texts of their cells, without the words only screen readers hear. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll("th, td")].map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(".sr-only").forEach((node) => node.remove());
        return (copy.textContent ?? "").trim();
      }),
    ),
  );
}

async function download(page: Page, name: string): Promise<{ text: string; fileName: string }> {
  const href = await page.getByTestId("downloads").getByRole("link", { name }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status(), name).toBe(200);
  const disposition = response.headers()["content-disposition"] ?? "";
  return { text: await response.text(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? "" };
}

async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${page.url()} is ${scrollWidth}px wide`).toBeLessThanOrEqual(width);
}

test("a visitor browses the city, the ward and birth registration, and reads each at a glance", async ({ page }, testInfo) => {
  // Four pages checked by axe, the city's with every agency: minutes on a loaded machine.
  test.setTimeout(240_000);
  const width = page.viewportSize()!.width;
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });

  await page.goto("/");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Thống kê" }).click();
  await expect(page).toHaveURL(/\/thong-ke$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tình hình giải quyết hồ sơ: Thành phố Hà Nội");
  await expect(page.getByTestId("period-shown")).toContainText("Tháng");
  await expectNoSeriousA11yViolations(page);

  // Last month, for the city: the ward is among the agencies, unranked with fewer than 10 results.
  await page.getByRole("navigation", { name: "Các kỳ thường xem" }).getByRole("link", { name: "Tháng trước" }).click();
  await expect(page).toHaveURL(new RegExp(`/thong-ke\\?period=month&month=${month}$`));
  await expect(page.getByRole("link", { name: "Tháng trước" })).toHaveAttribute("aria-current", "page");
  const ranking = page.getByTestId("table-xep-hang");
  const wardRow = ranking.getByRole("row").filter({ has: page.getByRole("link", { name: "UBND Phường Bạch Mai" }) });
  await expect(wardRow).toHaveCount(1);
  await expect(wardRow.getByRole("cell").first()).toHaveText(/—/);
  // Bars under their names and values in words; the trend's columns and line with a text alternative.
  await expect(page.getByRole("figure", { name: "Hồ sơ đã giải quyết: trước hạn, đúng hạn, quá hạn" })).toContainText("Quá hạn");
  await expect(page.getByRole("figure", { name: "Tỷ lệ giải quyết đúng hạn của các cơ quan được xếp hạng" })).toHaveCount(0);
  for (const chart of ["chart-xu-huong", "chart-dung-han-theo-thang"]) {
    await expect(page.getByTestId(chart).getByRole("img")).toHaveAccessibleName(/mỗi tháng/);
    await expect(page.getByTestId(chart).getByRole("img")).toHaveAccessibleDescription(new RegExp(`${month.slice(5, 7)}/${month.slice(2, 4)}`));
  }
  await expectNoSeriousA11yViolations(page);
  if (width < 500) await expectNoSidewaysScroll(page, width);
  await shot("thanh-pho");

  // The agency chooser is a plain form: it leads to the ward's own page for the same period.
  await page.getByLabel("Xem thống kê của một cơ quan").selectOption({ label: "UBND Phường Bạch Mai" });
  await page.getByRole("button", { name: "Xem cơ quan" }).click();
  await expect(page).toHaveURL(new RegExp(`${WARD}\\?period=month&month=${month}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tình hình giải quyết hồ sơ: UBND Phường Bạch Mai");
  await expect(page.getByTestId("headline-received")).toContainText("6 mới");
  await expect(page.getByText(/Kỳ đã kết thúc/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  if (width < 500) await expectNoSidewaysScroll(page, width);
  await shot("phuong-bach-mai");

  // From the ward to the procedure, across the city, with how long it really takes.
  await page.getByTestId("table-thu-tuc").getByRole("link", { name: /Thủ tục đăng ký khai sinh \(1\.001193\)/ }).click();
  await expect(page).toHaveURL(new RegExp(`/thong-ke/thu-tuc/1\\.001193\\?period=month&month=${month}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tình hình giải quyết hồ sơ: Thủ tục đăng ký khai sinh");
  const processing = page.getByTestId("processing-time");
  await expect(processing.getByRole("heading", { name: "Thực tế mất bao lâu" })).toBeVisible();
  await expect(processing.getByTestId("processing-sample")).toContainText(/Dựa trên \d+ hồ sơ đã giải quyết trong 90 ngày qua/);
  // Four results in the window: too few to say "usually", and the page says so.
  await expect(processing.getByText("Số hồ sơ còn ít")).toBeVisible();
  await expect(processing.getByTestId("table-thoi-gian")).toContainText("Thời hạn theo quy định");
  await expect(page.getByRole("link", { name: "Thông tin thủ tục 1.001193: giấy tờ, thời hạn, phí" })).toHaveAttribute("href", "/thu-tuc/1.001193");
  await expectNoSeriousA11yViolations(page);
  if (width < 500) await expectNoSidewaysScroll(page, width);
  await shot("thu-tuc-khai-sinh");
});

test("the field's page, the list of agencies and a wrong period pass the same checks", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/thong-ke?period=month&month=${month}`);
  await page.getByTestId("table-linh-vuc").getByRole("link", { name: "Hộ tịch" }).click();
  await expect(page).toHaveURL(new RegExp(`/thong-ke/linh-vuc/ho-tich\\?period=month&month=${month}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tình hình giải quyết hồ sơ: Hộ tịch");
  await expect(page.getByTestId("table-xep-hang").getByRole("link", { name: "UBND Phường Bạch Mai" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/thong-ke/co-quan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thống kê theo cơ quan");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "UBND Phường Bạch Mai" }).click();
  // The current month of the ward is read, not cached, the first time: slow on a loaded machine.
  await page.waitForURL(/\/thong-ke\/co-quan\/hn-xa-bach-mai$/, { timeout: 30_000 });

  // A wrong period: the page says so at the field (the form itself is tested without JavaScript below).
  await page.goto(`${WARD}?period=range&from=31/02/2026&to=15/01/2026`);
  await expect(page.getByLabel("Từ ngày")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  expect((await page.goto("/thong-ke/co-quan/khong-co-co-quan-nay"))?.status()).toBe(404);
  expect((await page.goto("/thong-ke/thu-tuc/9.999999"))?.status()).toBe(404);
});

test.describe("the ward's downloads", { tag: "@desktop" }, () => {
  test("the page shows the same numbers as its CSV files, and the JSON equals them", async ({ page }) => {
    await page.goto(`${WARD}?period=month&month=${month}`);

    // The summary: every figure of the four summary tables, label by label, in the summary CSV.
    const summary = await download(page, "Số liệu tổng hợp (CSV)");
    expect(summary.fileName).toBe(`thong-ke_hn-xa-bach-mai_${month}_tong-hop.csv`);
    expect(summary.text.startsWith("\uFEFF")).toBe(true);
    const csvFigures = new Map(parseCsv(summary.text.slice(1)).slice(1).map(([, label, value]) => [label!, numberOf(value!)]));
    const pageFigures = new Map<string, number | null>();
    for (const id of ["tiep-nhan", "giai-quyet", "tinh-trang", "ty-le"]) {
      for (const [label, value] of await tableRows(page.getByTestId(`table-${id}`))) pageFigures.set(label!, numberOf(value!));
    }
    expect(pageFigures.size).toBeGreaterThan(20);
    expect(Object.fromEntries(csvFigures)).toEqual(Object.fromEntries(pageFigures));
    // What the fixture wrote: 6 received (4 online, 1 in person, 1 by post), 4 resolved, 1 refused, 1 withdrawn, 1 still in hand.
    expect(pageFigures.get("Mới tiếp nhận")).toBe(6);
    expect(pageFigures.get("Mới, nộp trực tuyến")).toBe(4);
    expect(pageFigures.get("Mới, nộp trực tiếp")).toBe(1);
    expect(pageFigures.get("Mới, qua bưu chính công ích")).toBe(1);
    expect(pageFigures.get("Đã giải quyết")).toBe(4);
    expect(pageFigures.get("Từ chối tiếp nhận")).toBe(1);
    expect(pageFigures.get("Rút hồ sơ")).toBe(1);
    expect(pageFigures.get("Còn tồn cuối kỳ")).toBe(pageFigures.get("Tổng số tiếp nhận")! - 4 - 1);

    // Each other table, cell by cell, in its own CSV.
    for (const [id, name] of [["theo-thang", "Theo tháng (CSV)"], ["thu-tuc", "Theo thủ tục (CSV)"]] as const) {
      const file = await download(page, name);
      expect(file.fileName).toBe(`thong-ke_hn-xa-bach-mai_${month}_${id}.csv`);
      const csvRows = parseCsv(file.text.slice(1)).slice(1);
      const pageRows = await tableRows(page.getByTestId(`table-${id}`));
      expect(csvRows.length, id).toBe(pageRows.length);
      pageRows.forEach((row, index) => {
        expect(csvRows[index]![0], id).toBe(row[0]);
        expect(csvRows[index]!.slice(1).map(numberOf), id).toEqual(row.slice(1).map(numberOf));
      });
    }

    // The JSON: the same view, as data.
    const json = await download(page, "Toàn bộ số liệu của trang (JSON)");
    expect(json.fileName).toBe(`thong-ke_hn-xa-bach-mai_${month}.json`);
    const view = JSON.parse(json.text);
    expect(view.scope).toMatchObject({ kind: "agency", slug: "hn-xa-bach-mai", name: "UBND Phường Bạch Mai" });
    expect(view.period).toMatchObject({ kind: "month", value: month, isOpen: false });
    const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
    expect({
      "Kỳ trước chuyển qua": view.totals.received.carriedOver,
      "Mới tiếp nhận": view.totals.received.new,
      "Mới, nộp trực tuyến": view.totals.received.online,
      "Mới, nộp trực tiếp": view.totals.received.inPerson,
      "Mới, qua bưu chính công ích": view.totals.received.post,
      "Tổng số tiếp nhận": view.totals.received.total,
      "Đã giải quyết": view.totals.resolved.total,
      "Trước hạn": view.totals.resolved.early,
      "Đúng hạn": view.totals.resolved.onTime,
      "Quá hạn": view.totals.resolved.late,
      "Đã trả kết quả": view.totals.returned,
      "Còn tồn cuối kỳ": view.totals.carriedForward,
      "Dừng xử lý": view.totals.stopped,
      "Rút hồ sơ": view.totals.withdrawn,
      "Từ chối tiếp nhận": view.totals.refused,
      "Yêu cầu bổ sung hồ sơ": view.totals.supplementRequests,
      "Thư xin lỗi, hẹn lại ngày trả": view.totals.apologies,
      "Lượt đánh giá": view.totals.ratings.total,
      "Đánh giá hài lòng": view.totals.ratings.satisfied,
      "Tỷ lệ giải quyết đúng hạn": percent(view.totals.rates.onTime),
      "Tỷ lệ nộp trực tuyến": percent(view.totals.rates.online),
      "Tỷ lệ phải bổ sung hồ sơ": percent(view.totals.rates.supplementRequest),
      "Tỷ lệ phải xin lỗi": percent(view.totals.rates.apology),
      "Tỷ lệ hài lòng": percent(view.totals.rates.satisfaction),
    }).toEqual(Object.fromEntries(pageFigures));
    const trendRows = await tableRows(page.getByTestId("table-theo-thang"));
    expect(view.trend.months.map((group: { figures: { received: { new: number }; resolved: { total: number } } }) => [group.figures.received.new, group.figures.resolved.total])).toEqual(
      trendRows.map((row) => [numberOf(row[1]!), numberOf(row[3]!)]),
    );
    expect(view.procedures.map((group: { key: string }) => group.key)).toEqual(["1.001193"]);
  });

  test("a wrong period in a download is a 400 with the parameter's message", async ({ request }) => {
    const response = await request.get("/thong-ke/tai-ve?scope=agency&agency=hn-xa-bach-mai&period=month&month=2026-13&format=csv&table=tong-hop");
    expect(response.status()).toBe(400);
    expect((await response.json()).errors.month.message).toBe("Tháng phải có dạng yyyy-MM, ví dụ 2026-03.");
  });
});

test.describe("the period form", { tag: "@desktop" }, () => {
  test.use({ javaScriptEnabled: false });

  test("a wrong range is told at its field, the typed values kept, without JavaScript", async ({ page }) => {
    await page.goto(WARD);
    await page.getByText("Chọn tháng, quý, năm hoặc khoảng ngày khác").click();
    await page.getByLabel("Từ ngày").fill("31/02/2026");
    await page.getByLabel("Đến ngày").fill("15/01/2026");
    await page.getByRole("form", { name: "Xem theo khoảng ngày" }).getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/period=range&from=31%2F02%2F2026&to=15%2F01%2F2026/);
    const from = page.getByLabel("Từ ngày");
    await expect(from).toHaveValue("31/02/2026");
    await expect(from).toHaveAttribute("aria-invalid", "true");
    await expect(from).toHaveAccessibleDescription(/Ngày bắt đầu phải có dạng dd\/MM\/yyyy hoặc yyyy-MM-dd\./);
    await expect(page.getByLabel("Đến ngày")).toHaveValue("15/01/2026");
    await expect(page.getByRole("alert").filter({ hasText: "Kỳ thống kê chưa hợp lệ" })).toBeVisible();
    await expect(page.getByTestId("headline-received")).toHaveCount(0);

    await page.getByLabel("Từ ngày").fill("20/01/2026");
    await page.getByRole("form", { name: "Xem theo khoảng ngày" }).getByRole("button", { name: "Xem" }).click();
    await expect(page.getByLabel("Đến ngày")).toHaveAccessibleDescription(/Ngày kết thúc phải sau hoặc bằng ngày bắt đầu\./);
    await expect(page.getByLabel("Từ ngày")).not.toHaveAttribute("aria-invalid", "true");
  });
});

test.describe("with the keyboard only", { tag: "@desktop" }, () => {
  test("reaches the period form and the downloads", async ({ page }) => {
    await page.goto(`${WARD}?period=month&month=${month}`);
    const focused = () => page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return { tag: element?.tagName ?? "", text: (element?.textContent ?? "").trim().slice(0, 80), id: element?.id ?? "" };
    });
    const tabTo = async (matches: (element: { tag: string; text: string; id: string }) => boolean, limit = 250) => {
      for (let index = 0; index < limit; index++) {
        await page.keyboard.press("Tab");
        if (matches(await focused())) return;
      }
      throw new Error("not reached by Tab");
    };
    await tabTo((element) => element.tag === "SUMMARY");
    await page.keyboard.press("Enter");
    await tabTo((element) => element.id === "ky-thang");
    await page.keyboard.press("Tab");
    expect((await focused()).text).toBe("Xem");
    await tabTo((element) => element.text === "Số liệu tổng hợp (CSV)");
    await tabTo((element) => element.text === "Toàn bộ số liệu của trang (JSON)");
  });
});
