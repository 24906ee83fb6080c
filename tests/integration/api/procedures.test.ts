// GET /api/v1/procedures and /api/v1/procedures/{code}: the catalogue page's search and record as
// open data, validated against the contract's schemas, with 400, 404 and 304.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOne } from "@/app/api/v1/procedures/[code]/route";
import { GET as list } from "@/app/api/v1/procedures/route";
import { ZProcedureDetail, ZProcedureList } from "@/lib/api/endpoints/procedures";
import { searchProcedures } from "@/lib/procedures/search";
import { makeAgency, makeField, makeProcedure } from "../../factories";
import { testDb } from "../../support/db";

const token = `Zq${Date.now().toString(36)}`; // a word no other procedure has

function callList(search: string, headers: Record<string, string> = {}) {
  return list(new Request(`http://localhost/api/v1/procedures${search}`, { headers }), { params: Promise.resolve({}) });
}
function callOne(code: string, headers: Record<string, string> = {}) {
  return getOne(new Request(`http://localhost/api/v1/procedures/${code}`, { headers }), { params: Promise.resolve({ code }) });
}

let codes: { general: string; specific: string; other: string; inactive: string };
let field: Awaited<ReturnType<typeof makeField>>;
let agency: Awaited<ReturnType<typeof makeAgency>>;

beforeAll(async () => {
  field = await makeField();
  agency = await makeAgency({ address: "Số 1 Phố Thử, Hà Nội", phone: "024 0000 0000" });
  const general = await makeProcedure({ name: `Đăng ký khai sinh ${token}`, fieldId: field.id, feeVnd: 0, feeStatus: "AMOUNT", onlineLevel: "FULL" }, [agency]);
  const specific = await makeProcedure({ name: `Đăng ký khai sinh có yếu tố nước ngoài ${token}`, timeLimitValue: 15 });
  const other = await makeProcedure({ name: `Chứng thực bản sao ${token}` });
  const inactive = await makeProcedure({ name: `Đăng ký khai sinh đã bãi bỏ ${token}`, isActive: false });
  await testDb.procedureDocument.create({ data: { procedureId: general.id, position: 1, name: "Giấy chứng sinh", originals: 1 } });
  await testDb.procedureStep.create({ data: { procedureId: general.id, position: 1, name: "Tiếp nhận", unitCode: "MC", unitKind: "ONE_STOP_DESK", role: "DESK_OFFICER", durationValue: 0.5, durationUnit: "WORKING_DAYS" } });
  codes = { general: general.code, specific: specific.code, other: other.code, inactive: inactive.code };
});

describe("GET /api/v1/procedures", () => {
  it("finds procedures without diacritics, ranked as on the catalogue page, in the documented shape", async () => {
    const response = await callList(`?q=${encodeURIComponent(`dang ky khai sinh ${token.toLowerCase()}`)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = ZProcedureList.parse(await response.json());
    expect(body.items.map((item) => item.code)).toEqual([codes.general, codes.specific]);
    const page = await searchProcedures({ q: `Đăng ký khai sinh ${token}`, fieldCode: null, level: null, agencySlug: null, online: null, page: 1, pageSize: 20 });
    expect(body.items.map((item) => item.code)).toEqual(page.items.map((item) => item.code));
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 20, pageCount: 1 });
    expect(body.items[0]).toMatchObject({
      name: `Đăng ký khai sinh ${token}`,
      url: expect.stringMatching(new RegExp(`/thu-tuc/${codes.general.replace(".", "\\.")}$`)),
      level: "commune",
      timeLimit: { value: 5, unit: "working_days" },
      fee: { status: "amount", vnd: 0 },
      onlineLevel: "full",
    });
  });

  it("pages, and answers an empty page past the end", async () => {
    const second = ZProcedureList.parse(await (await callList(`?q=${token}&pageSize=1&page=2`)).json());
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 1, pageCount: 3 });
    expect(second.items).toHaveLength(1);
    const past = ZProcedureList.parse(await (await callList(`?q=${token}&pageSize=1&page=9`)).json());
    expect(past).toMatchObject({ items: [], total: 3, page: 9, pageCount: 3 });
  });

  it("filters by field and agency", async () => {
    const byField = ZProcedureList.parse(await (await callList(`?field=${field.code}`)).json());
    expect(byField.items.map((item) => item.code)).toEqual([codes.general]);
    const byAgency = ZProcedureList.parse(await (await callList(`?agency=${agency.slug}&online=full`)).json());
    expect(byAgency.items.map((item) => item.code)).toEqual([codes.general]);
  });

  it("answers 400 with a message per wrong parameter, in Vietnamese or English", async () => {
    const response = await callList("?page=0&level=ward&pageSize=1000");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: "VALIDATION",
      message: "Thông tin chưa hợp lệ, vui lòng kiểm tra lại.",
      errors: { page: "Tối thiểu là 1.", level: "Phải là một trong các giá trị: province, commune, central.", pageSize: "Tối đa là 100." },
    });
    const unknown = await callList("?field=NO-SUCH-FIELD&agency=no-such-agency", { "accept-language": "en" });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors).toEqual({ field: "No field has this code.", agency: "No agency has this identifier." });
  });

  it("answers 304 to a client that holds the same page", async () => {
    const first = await callList(`?q=${token}`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    const again = await callList(`?q=${token}`, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await callList(`?q=${token}&page=2&pageSize=1`, { "if-none-match": etag })).status).toBe(200);
  });
});

describe("GET /api/v1/procedures/{code}", () => {
  it("answers a published procedure's public record, in the documented shape", async () => {
    const response = await callOne(codes.general);
    expect(response.status).toBe(200);
    const body = ZProcedureDetail.parse(await response.json());
    expect(body).toMatchObject({
      code: codes.general,
      field: { code: field.code },
      agencies: [{ slug: agency.slug, address: "Số 1 Phố Thử, Hà Nội", phone: "024 0000 0000" }],
      channels: ["in_person", "online"],
      requiredDocuments: [{ position: 1, name: "Giấy chứng sinh", originals: 1, isRequired: true }],
      steps: [{ name: "Tiếp nhận", unitKind: "one_stop_desk", role: "desk_officer", duration: { value: 0.5, unit: "working_days" } }],
      hasSameDayCutoff: false,
    });
  });

  it("answers 404 for an unknown or withdrawn procedure and 400 for a malformed code", async () => {
    for (const code of ["8.999999", codes.inactive]) {
      const response = await callOne(code);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ code: "NOT_FOUND", message: "Không tìm thấy nội dung yêu cầu." });
    }
    const malformed = await callOne("1'%20OR%201=1");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors).toEqual({ code: "Mã thủ tục gồm một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001193." });
  });

  it("answers 304 with If-None-Match, and a new ETag once the procedure changes", async () => {
    const etag = (await callOne(codes.other)).headers.get("etag")!;
    expect((await callOne(codes.other, { "if-none-match": etag })).status).toBe(304);
    await testDb.procedure.update({ where: { code: codes.other }, data: { feeText: "Miễn phí" } });
    const changed = await callOne(codes.other, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect((await changed.json()).fee.text).toBe("Miễn phí");
  });
});
