// The national index (QĐ 766): a visitor reads the ranking and one ward's groups and formulas (on a
// phone and a desktop, axe on each page); the system administrator changes one group's weights
// (an error at its field first, nothing saved), then the ward's page shows the new points; an
// agency's administrator reads the weights without a form.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { signInAsStaff } from "./support.ts";

test.describe.configure({ mode: "serial" });

test("a visitor reads the ranking and a ward's index, formula by formula", async ({ page }, testInfo) => {
  await page.goto("/thong-ke/chi-so");
  await expect(page.getByRole("heading", { level: 1, name: "Chỉ số phục vụ người dân, doanh nghiệp" })).toBeVisible();
  const ranking = page.getByRole("table", { name: /Xếp hạng các cơ quan năm \d{4}/ });
  await expect(ranking.getByRole("link", { name: "UBND Phường Bạch Mai" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, "national-index", `ranking-${testInfo.project.name}.png`), fullPage: true });

  await ranking.getByRole("link", { name: "UBND Phường Bạch Mai" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Chỉ số phục vụ: UBND Phường Bạch Mai" })).toBeVisible();
  for (const group of ["Công khai, minh bạch", "Tiến độ, kết quả giải quyết", "Cung cấp dịch vụ trực tuyến", "Số hóa hồ sơ", "Mức độ hài lòng"]) {
    await expect(page.getByRole("table", { name: new RegExp(`^${group}:`) })).toBeVisible();
  }
  const progress = page.getByRole("table", { name: /^Tiến độ, kết quả giải quyết:/ });
  await expect(progress.getByText(/Hồ sơ giải quyết trước hạn, đúng hạn/)).toBeVisible();
  await expect(progress.getByText(/Đạt 80 % trở lên: đủ 20 điểm/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, "national-index", `ward-${testInfo.project.name}.png`), fullPage: true });

  // A year the index cannot be computed for says so at its field.
  await page.goto("/thong-ke/chi-so?nam=1999");
  await expect(page.getByText("Chọn một năm từ 2020 đến năm nay.")).toBeVisible();
});

test("the system administrator changes the online group's weights; the ward's page follows", { tag: "@desktop" }, async ({ page, context }) => {
  await signInAsStaff(context, "quantri@motcua.test");
  await page.goto("/can-bo/quan-tri/chi-so");
  await expect(page.getByRole("heading", { level: 1, name: /Trọng số Chỉ số phục vụ/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const online = page.getByRole("region", { name: "Cung cấp dịch vụ trực tuyến (22 điểm)" });
  await online.getByLabel("Điểm tối đa: Hồ sơ trực tuyến").fill("15");
  await online.getByRole("button", { name: "Lưu nhóm này" }).click();
  await expect(online.getByText("Tổng điểm các chỉ số được tính của nhóm là 25, phải bằng 22 điểm")).toBeVisible();
  await expect(online.getByLabel("Điểm tối đa: Hồ sơ trực tuyến")).toHaveValue("15");
  await online.getByLabel("Điểm tối đa: Thanh toán trực tuyến").fill("7");
  await online.getByRole("button", { name: "Lưu nhóm này" }).click();
  await expect(page.getByText("Đã lưu. Trang Chỉ số công khai dùng trọng số mới ngay.")).toBeVisible();

  await page.goto("/thong-ke/chi-so/hn-xa-bach-mai");
  const onlineTable = page.getByRole("table", { name: /^Cung cấp dịch vụ trực tuyến:/ });
  await expect(onlineTable.getByRole("row", { name: /Hồ sơ trực tuyến/ })).toContainText("/ 15");
  await expect(onlineTable.getByRole("row", { name: /Thanh toán trực tuyến/ })).toContainText("/ 7");

  // Back to the defaults, so that other runs see them.
  await page.goto("/can-bo/quan-tri/chi-so");
  await online.getByLabel("Điểm tối đa: Hồ sơ trực tuyến").fill("12");
  await online.getByLabel("Điểm tối đa: Thanh toán trực tuyến").fill("10");
  await online.getByRole("button", { name: "Lưu nhóm này" }).click();
  await expect(page.getByText("Đã lưu. Trang Chỉ số công khai dùng trọng số mới ngay.")).toBeVisible();
});

test("an agency's administrator reads the weights but has no form", { tag: "@desktop" }, async ({ page, context }) => {
  await signInAsStaff(context, "quantri.bachmai@motcua.test");
  await page.goto("/can-bo/quan-tri/chi-so");
  await expect(page.getByText("Chỉ quản trị hệ thống được sửa trọng số.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu nhóm này" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
