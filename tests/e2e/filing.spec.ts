// A resident on a phone signs in through the identity provider, files birth registration with two
// PDF papers, follows it, answers a supplement request, pays, downloads the result and rates the
// service. The officers' steps go through the lifecycle commands (the back office comes later).
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { fileAs, officerStep } from "../support/officers.ts";
import { emptyFile, oversized, pdf, renamedExe } from "./fixtures/files.ts";
import { answerBirthForm, signInWithIdentityProvider } from "./support.ts";

const slot = (page: Page, name: RegExp) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });

test.describe("a resident files online", { tag: "@phone" }, () => {
  test("signs in with VNeID, files birth registration with two papers, answers, pays, gets the result and rates it", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto("/thu-tuc/1.001193");
    await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
    await expect(page).toHaveURL(/\/dang-nhap\?next=/);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Đăng nhập bằng VNeID" }).click();
    await expect(page.getByRole("heading", { name: /VNeID – Định danh điện tử/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: /Nguyễn Văn An/ }).click();
    await expect(page).toHaveURL(/\/thu-tuc\/1\.001193\/nop$/);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("radio", { name: "UBND Phường Bạch Mai" }).check();
    // A double click starts one draft.
    await page.getByRole("button", { name: "Bắt đầu" }).dblclick();

    await expect(page).toHaveURL(/\/nop-ho-so\/[0-9a-f-]{36}\/nguoi-nop$/);
    const dossierId = page.url().split("/")[4]!;
    await expect(page.getByText("001090012345")).toBeVisible();
    await expect(page.getByLabel("Số điện thoại")).toHaveValue("0900000001");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

    await expect(page).toHaveURL(/\/to-khai$/);
    await expectNoSeriousA11yViolations(page);
    await answerBirthForm(page, { childFullName: "Nguyễn Văn Bình", dateOfBirth: "01/11/2026", sex: "Nam", placeOfBirth: "Bệnh viện Bạch Mai, Hà Nội", relationship: "Cha" });
    await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

    await expect(page).toHaveURL(/\/giay-to$/);
    await expectNoSeriousA11yViolations(page);
    const birthCertificate = slot(page, /Giấy chứng sinh/);
    await birthCertificate.getByLabel(/Chọn tệp/).setInputFiles(pdf("giay-chung-sinh.pdf"));
    await birthCertificate.getByRole("button", { name: "Tải lên" }).click();
    await expect(birthCertificate.getByRole("link", { name: "giay-chung-sinh.pdf" })).toBeVisible();
    const identityPaper = slot(page, /Hộ chiếu\/Thẻ căn cước/);
    await identityPaper.getByLabel(/Chọn tệp/).setInputFiles(pdf("can-cuoc.pdf"));
    await identityPaper.getByRole("button", { name: "Tải lên" }).click();
    await expect(identityPaper.getByRole("link", { name: "can-cuoc.pdf" })).toBeVisible();
    await page.getByRole("link", { name: "Tiếp tục", exact: true }).click();

    await expect(page).toHaveURL(/\/kiem-tra$/);
    await expect(page.getByText("Nguyễn Văn Bình")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("checkbox", { name: /Tôi cam đoan/ }).check();
    await page.getByRole("button", { name: "Nộp hồ sơ" }).click();

    await expect(page).toHaveURL(new RegExp(`/ho-so/${dossierId}\\?da-nop=1$`));
    await expect(page.getByRole("heading", { name: "Đã nộp hồ sơ thành công" })).toBeVisible();
    await expect(page.getByTestId("dossier-reference")).toHaveText(/^NOP-\d{6}-[A-Z2-9]{6}$/);
    await expect(page.getByTestId("lookup-code")).toHaveText(/^[A-Z2-9]{8}$/);
    await expect(page.getByTestId("appointment")).toContainText(/\d\d\/\d\d\/\d{4}/);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Hồ sơ của tôi" }).first().click();
    const mine = page.getByRole("listitem").filter({ hasText: "Thủ tục đăng ký khai sinh" });
    await expect(mine).toHaveCount(1);
    await expect(mine).toContainText("Mới đăng ký, chờ tiếp nhận");
    await expectNoSeriousA11yViolations(page);

    // The desk receives it and asks for a clearer birth certificate: the resident answers.
    await officerStep("receive", dossierId);
    // Once received: the receipt (Mẫu 01) to print, with its QR code, and as a PDF.
    await page.goto(`/ho-so/${dossierId}`);
    await page.getByRole("link", { name: /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/ }).click();
    await expect(page.getByRole("heading", { name: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Mã QR tra cứu hồ sơ" })).toBeVisible();
    await expect(page.getByText("Ông/Bà: Nguyễn Văn An")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const receiptPdf = await page.request.get(`/api/ho-so/${dossierId}/bien-nhan`);
    expect(receiptPdf.status()).toBe(200);
    expect(receiptPdf.headers()["content-type"]).toBe("application/pdf");
    expect((await receiptPdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // Anyone with the receipt follows it without signing in, and sees nothing personal.
    const code = (await page.getByText(/^Mã hồ sơ: /).first().innerText()).replace("Mã hồ sơ: ", "").trim();
    const visitor = await (await page.context().browser()!.newContext()).newPage();
    const secret = await page.evaluate(() => /mã tra cứu ([A-Z2-9]{8})/.exec(document.body.innerText)?.[1] ?? "");
    await visitor.goto(`/tra-cuu?ma=${encodeURIComponent(code)}&ma-tra-cuu=${secret}`);
    await expect(visitor.getByRole("heading", { level: 2, name: "Thủ tục đăng ký khai sinh" })).toBeVisible();
    await expect(visitor.getByText("Đã tiếp nhận", { exact: true })).toBeVisible();
    await expect(visitor.getByText("Nguyễn Văn An")).toHaveCount(0);
    await expectNoSeriousA11yViolations(visitor);
    await visitor.goto(`/tra-cuu?ma=${encodeURIComponent(code)}&ma-tra-cuu=AAAAAAAA`);
    await expect(visitor.getByText(/Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này/)).toBeVisible();
    await visitor.context().close();

    await officerStep("supplement", dossierId);
    await page.goto(`/ho-so/${dossierId}`);
    const supplement = page.getByRole("region", { name: "Bổ sung giấy tờ" });
    await expect(supplement).toContainText("Giấy chứng sinh (bản chụp rõ nét)");
    await expectNoSeriousA11yViolations(page);
    await supplement.getByLabel(/Chọn tệp/).setInputFiles(pdf("giay-chung-sinh-ro-net.pdf"));
    await supplement.getByRole("button", { name: "Tải lên" }).click();
    await expect(supplement.getByText("giay-chung-sinh-ro-net.pdf")).toBeVisible();
    await supplement.getByRole("button", { name: "Gửi giấy tờ bổ sung" }).click();
    await expect(page.getByText("Đã gửi giấy tờ bổ sung.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Bổ sung giấy tờ" })).toHaveCount(0);

    // A fee for extra copies, paid online through the sandbox gateway.
    await officerStep("payment", dossierId, 8000);
    await page.goto(`/ho-so/${dossierId}`);
    await page.getByRole("button", { name: "Thanh toán trực tuyến" }).click();
    await expect(page.getByRole("heading", { name: "Cổng thanh toán thử nghiệm" })).toBeVisible();
    await expect(page.getByText("8.000 đồng")).toBeVisible();
    await page.getByRole("button", { name: "Xác nhận thanh toán" }).click();
    await expect(page.getByText("Đã thanh toán. Cơ quan tiếp tục xử lý hồ sơ.")).toBeVisible();

    // The result: every hand-over is on the timeline, the result downloads, the resident rates.
    await officerStep("finish", dossierId);
    await page.goto(`/ho-so/${dossierId}`);
    await expect(page.getByText("Đã trả kết quả", { exact: true })).toBeVisible();
    const slip = page.getByRole("region", { name: "Quá trình xử lý" });
    await expect(slip).toContainText("Thẩm định hồ sơ");
    await expect(slip).toContainText(/Trước hạn|Đúng hạn|Trễ hạn/);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: /Tải về trich-luc-khai-sinh\.pdf/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("trich-luc-khai-sinh.pdf");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("radio", { name: "Rất hài lòng" }).check();
    await page.getByRole("group", { name: "Thái độ của công chức khi hướng dẫn, tiếp nhận, giải quyết" }).getByRole("radio", { name: "Tận tình, chu đáo" }).check();
    await page.getByRole("button", { name: "Gửi đánh giá" }).click();
    await expect(page.getByText("Cảm ơn bạn đã đánh giá.")).toBeVisible();
  });

  test("every wrong answer is named at its field in Vietnamese, and nothing is saved half-way", async ({ page }) => {
    await signInWithIdentityProvider(page, "Trần Thị Bình", "/thu-tuc/1.001193/nop");
    await page.getByRole("radio", { name: "UBND Phường Bạch Mai" }).check();
    await page.getByRole("button", { name: "Bắt đầu" }).click();
    await expect(page).toHaveURL(/\/nguoi-nop$/);
    await page.getByLabel("Số điện thoại").fill("12345");
    await page.getByLabel("Địa chỉ liên hệ").fill("");
    await page.getByLabel("Email (không bắt buộc)").fill("binh@");
    await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
    await expect(page.locator("#applicant-phone-error")).toHaveText(/10 chữ số/);
    await expect(page.locator("#applicant-address-error")).toHaveText("Vui lòng điền thông tin này.");
    await expect(page.locator("#applicant-email-error")).toHaveText(/không đúng định dạng/);
    await expect(page.getByLabel("Email (không bắt buộc)")).toHaveValue("binh@");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Số điện thoại").fill("0900000002");
    await page.getByLabel("Địa chỉ liên hệ").fill("Số 5 phố Hàng Bạc");
    await page.getByLabel("Email (không bắt buộc)").fill("");
    await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

    await expect(page).toHaveURL(/\/to-khai$/);
    await page.getByLabel(/^Ngày, tháng, năm sinh/).fill("31/02/2026");
    await page.getByLabel(/Số bản sao Giấy khai sinh/).fill("hai");
    await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "thông tin cần sửa" });
    await expect(summary).toContainText("Có 7 thông tin cần sửa");
    await expect(page.locator("#field-childFullName-error")).toHaveText("Vui lòng điền thông tin này.");
    await expect(page.locator("#field-childDateOfBirth-error")).toHaveText(/Ngày không hợp lệ/);
    await expect(page.locator("#field-extractCopies-error")).toHaveText(/Vui lòng nhập một số/);
    await expect(page.getByLabel(/^Ngày, tháng, năm sinh/)).toHaveValue("31/02/2026");
    await expectNoSeriousA11yViolations(page);
    // Nothing of the wrong form was kept: the review shows the form as not given.
    const reviewUrl = page.url().replace(/to-khai$/, "kiem-tra");
    await page.goto(reviewUrl);
    await expect(page.getByRole("link", { name: "Tờ khai còn thiếu hoặc chưa đúng" })).toBeVisible();
    await page.getByRole("checkbox", { name: /Tôi cam đoan/ }).check();
    await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
    await expect(page.getByText("Hồ sơ còn thiếu thông tin hoặc giấy tờ")).toBeVisible();
    await expect(page).toHaveURL(reviewUrl);

    // Uploads: a renamed executable, an empty file, a file over the limit.
    await page.goto(reviewUrl.replace(/kiem-tra$/, "giay-to"));
    const birthCertificate = slot(page, /Giấy chứng sinh/);
    await birthCertificate.getByLabel(/Chọn tệp/).setInputFiles(renamedExe());
    await birthCertificate.getByRole("button", { name: "Tải lên" }).click();
    await expect(birthCertificate.getByRole("alert")).toHaveText(/không phải PDF, JPG hoặc PNG/);
    await birthCertificate.getByLabel(/Chọn tệp/).setInputFiles(emptyFile());
    await birthCertificate.getByRole("button", { name: "Tải lên" }).click();
    await expect(birthCertificate.getByRole("alert")).toHaveText(/Tệp rỗng/);
    await birthCertificate.getByLabel(/Chọn tệp/).setInputFiles(oversized());
    await birthCertificate.getByRole("button", { name: "Tải lên" }).click();
    await expect(birthCertificate.getByRole("alert")).toHaveText(/lớn hơn 10,0 MB/);
    await expect(birthCertificate.getByText("Đã tải lên:")).toHaveCount(0);
    // The server refuses the same files whatever the browser checks.
    const dossierId = page.url().split("/")[4]!;
    for (const [file, status] of [[renamedExe(), 400], [emptyFile(), 400], [oversized(), 413]] as const) {
      const response = await page.request.post(`/api/ho-so/${dossierId}/giay-to`, {
        headers: { Accept: "application/json", Origin: new URL(page.url()).origin },
        multipart: { slot: "uy-quyen", file },
      });
      expect(response.status(), file.name).toBe(status);
    }
  });
});

test.describe("nobody sees what is not theirs", () => {
  test("another resident's dossier, its papers and its draft pages answer 404", async ({ page }) => {
    const dossierId = await fileAs("nguoidan@motcua.test");
    await signInWithIdentityProvider(page, "Trần Thị Bình");
    for (const path of [`/ho-so/${dossierId}`, `/nop-ho-so/${dossierId}/nguoi-nop`, `/api/ho-so/${dossierId}/giay-to/${dossierId}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    const upload = await page.request.post(`/api/ho-so/${dossierId}/giay-to`, {
      headers: { Accept: "application/json", Origin: new URL(page.url()).origin },
      multipart: { slot: "uy-quyen", file: pdf("x.pdf") },
    });
    expect(upload.status()).toBe(404);
    await page.goto("/ho-so");
    await expect(page.locator(`a[href*="${dossierId}"]`)).toHaveCount(0);
  });

  test("a visitor who is not signed in is sent to sign in, and comes back", async ({ page }) => {
    await page.goto("/ho-so");
    await expect(page).toHaveURL(/\/dang-nhap\?next=%2Fho-so$/);
    await page.getByRole("button", { name: "Đăng nhập bằng VNeID" }).click();
    await page.getByRole("button", { name: /Trần Thị Bình/ }).click();
    await expect(page).toHaveURL(/\/ho-so$/);
    await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ của tôi" })).toBeVisible();
  });
});
