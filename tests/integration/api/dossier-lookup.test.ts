// GET /api/v1/dossiers/{code}?lookupCode=…: the control slip for whoever holds the receipt, nothing
// personal for anyone, the same answer for either wrong code, and failures limited per client.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/v1/dossiers/[code]/route";
import { ZDossierLookup } from "@/lib/api/endpoints/dossiers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { issueApology } from "@/lib/dossiers/issue-apology";
import { LOOKUP_LIMIT, lookUpDossier } from "@/lib/dossiers/public-lookup";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { requestSupplement } from "@/lib/dossiers/request-supplement";
import { supplementDossier } from "@/lib/dossiers/supplement-dossier";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, submittedDossier } from "../dossiers/world";

let clients = 0;
/** Each test speaks from an address of its own: the failure budget is per client. */
const newClient = () => `198.51.100.${++clients}`;

function call(code: string, lookupCode: string | null, options: { client?: string; headers?: Record<string, string> } = {}) {
  const search = lookupCode === null ? "" : `?lookupCode=${encodeURIComponent(lookupCode)}`;
  const request = new Request(`http://localhost/api/v1/dossiers/${encodeURIComponent(code)}${search}`, {
    headers: { [CLIENT_ADDRESS_HEADER]: options.client ?? newClient(), ...options.headers },
  });
  return GET(request, { params: Promise.resolve({ code }) });
}

let dossier: { id: string; code: string; lookupCode: string };
let personal: string[];

beforeAll(async () => {
  const world = await makeWorld();
  const id = await submittedDossier(world, hanoi("2026-03-02 08:10"));
  await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-02 09:00") });
  await forwardDossier({ dossierId: id, actor: world.desk, handlerId: world.specialist.kind === "OFFICER" ? world.specialist.userId : null, now: hanoi("2026-03-02 09:05") });
  await requestSupplement({ dossierId: id, actor: world.specialist, now: hanoi("2026-03-03 10:00"), reason: "Thiếu bản chính giấy chứng sinh của cháu", items: [{ name: "Giấy chứng sinh" }] });
  await supplementDossier({ dossierId: id, actor: world.resident, now: hanoi("2026-03-04 14:00") });
  await issueApology({ dossierId: id, actor: world.leader, reason: "Chờ xác minh nơi cư trú của người nộp", newDueAt: hanoi("2026-03-16 17:00"), now: hanoi("2026-03-09 09:00") });
  const row = await testDb.dossier.findUniqueOrThrow({ where: { id }, select: { code: true, lookupCode: true, applicantSnapshot: true, formData: true } });
  dossier = { id, code: row.code!, lookupCode: row.lookupCode! };
  // Everything personal the dossier and its people hold, none of which may reach a public answer.
  const users = await testDb.user.findMany({ select: { fullName: true, nationalId: true, email: true, phone: true, address: true } });
  const strings = (value: unknown): string[] =>
    typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(strings) : [];
  personal = [
    ...strings(row.applicantSnapshot), ...strings(row.formData), ...users.flatMap((user) => strings(user)),
    "Thiếu bản chính giấy chứng sinh của cháu", "Chờ xác minh nơi cư trú của người nộp", id,
  ].filter((text) => text.length >= 4);
  expect(personal.length).toBeGreaterThan(5);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the lookup with both codes of the receipt", () => {
  it("answers the status, dates and control slip, in the documented shape", async () => {
    const response = await call(dossier.code, dossier.lookupCode);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    const body = ZDossierLookup.parse(await response.json());
    expect(body).toMatchObject({
      code: dossier.code,
      status: "in_processing",
      nationalStatusCode: 4,
      statusLabel: { vi: "Đang xử lý", en: "In processing" },
      receivedAt: "2026-03-02T09:00:00+07:00",
      appointment: { dueAt: "2026-03-16T17:00:00+07:00", isProvisional: expect.any(Boolean) },
      apology: { newDueAt: "2026-03-16T17:00:00+07:00", issuedAt: "2026-03-09T09:00:00+07:00" },
      supplementRequests: [{ requestedAt: "2026-03-03T10:00:00+07:00", fulfilledAt: "2026-03-04T14:00:00+07:00" }],
    });
    expect(body.controlSlip.map((row) => row.kind)).toEqual(["receipt", "processing"]);
    expect(body.controlSlip[0]).toMatchObject({ unit: { name: "Bộ phận Một cửa" }, completedAt: "2026-03-02T09:05:00+07:00", verdict: expect.stringMatching(/^(early|on_time)$/) });
    expect(body.controlSlip[1]!.completedAt).toBeNull();
  });

  it("holds nothing personal: no name, ID number, address, phone, email, form data, reason or internal id", async () => {
    const text = await (await call(dossier.code, dossier.lookupCode)).text();
    for (const secret of personal) expect(text, `the answer contains "${secret}"`).not.toContain(secret);
    expect(text).not.toMatch(/fullName|nationalId|address|phone|email|formData|applicant|handler|note|reason/);
  });

  it("takes the lookup code in any case and revalidates with the ETag", async () => {
    const first = await call(dossier.code, dossier.lookupCode.toLowerCase());
    expect(first.status).toBe(200);
    const again = await call(dossier.code, dossier.lookupCode, { headers: { "if-none-match": first.headers.get("etag")! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("a wrong code", () => {
  const otherCode = () => dossier.code.replace(/\d{4}$/, "9999");

  it("gives the same answer whether the dossier code or the lookup code is wrong", async () => {
    const unknownDossier = await call(otherCode(), dossier.lookupCode);
    const wrongLookup = await call(dossier.code, dossier.lookupCode.split("").reverse().join(""));
    for (const response of [unknownDossier, wrongLookup]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("retry-after")).toBeNull();
    }
    expect([...unknownDossier.headers.entries()]).toEqual([...wrongLookup.headers.entries()]);
    const [a, b] = [await unknownDossier.text(), await wrongLookup.text()];
    expect(a).toBe(b);
    expect(JSON.parse(a)).toEqual({ code: "LOOKUP_NOT_FOUND", message: expect.stringContaining("mã hồ sơ và mã tra cứu") });
  });

  it("does the same work for both: one probe of the code for the id and lookup code, nothing more", async () => {
    const recorded: string[] = [];
    const recording = {
      dossier: {
        findUnique: (args: Parameters<typeof testDb.dossier.findUnique>[0]) => {
          recorded.push(JSON.stringify({ where: Object.keys(args.where), select: args.select }));
          return testDb.dossier.findUnique(args);
        },
      },
    } as unknown as Pick<typeof testDb, "dossier">;
    const now = new Date();
    const unknownDossier = await lookUpDossier({ code: otherCode(), lookupCode: dossier.lookupCode, clientKey: newClient(), now }, recording);
    const statementsUnknown = recorded.splice(0);
    const wrongLookup = await lookUpDossier({ code: dossier.code, lookupCode: "ZZZZZZZZ", clientKey: newClient(), now }, recording);
    expect(unknownDossier).toEqual(wrongLookup);
    expect(recorded).toEqual(statementsUnknown);
    expect(statementsUnknown).toEqual([JSON.stringify({ where: ["code"], select: { id: true, lookupCode: true } })]);
  });

  it.each([
    ["a malformed dossier code", "../../etc", "ABCD2345", ["code"]],
    ["no lookup code", "000.00.12.H26-260302-0001", null, ["lookupCode"]],
    ["a malformed lookup code", "000.00.12.H26-260302-0001", "a b", ["lookupCode"]],
  ])("%s answers 400 with a message for that parameter", async (_case, code, lookupCode, fields) => {
    const response = await call(code, lookupCode);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Object.keys(body.errors)).toEqual(fields);
    expect(body.errors[fields[0]!]).toMatch(/\p{L}/u);
  });

  it("answers a JSON 405 to other methods", async () => {
    const response = await POST(new Request(`http://localhost/api/v1/dossiers/${dossier.code}`, { method: "POST" }));
    expect(response.status).toBe(405);
    expect((await response.json()).code).toBe("METHOD_NOT_ALLOWED");
  });
});

describe("repeated failures from one client", () => {
  it(`are refused after ${LOOKUP_LIMIT.limit} in the window, with Retry-After, even with the right codes`, async () => {
    // The window is fixed in time: hold the clock a minute into one so the test never straddles two.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Math.ceil(Date.now() / 600_000) * 600_000 + 60_000));
    const client = newClient();
    for (let attempt = 0; attempt < LOOKUP_LIMIT.limit; attempt++) {
      expect((await call(dossier.code, "WRONG234", { client })).status).toBe(404);
    }
    const refused = await call(dossier.code, "WRONG234", { client });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("540");
    expect(await refused.json()).toEqual({ code: "RATE_LIMITED", message: expect.stringContaining("quá nhiều lần") });
    expect((await call(dossier.code, dossier.lookupCode, { client })).status).toBe(429);
    // Another client is not affected.
    expect((await call(dossier.code, dossier.lookupCode)).status).toBe(200);
  });

  it("never counts a successful lookup: a resident following their dossier is not refused", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Math.ceil(Date.now() / 600_000) * 600_000 + 60_000));
    const client = newClient();
    for (let attempt = 0; attempt < LOOKUP_LIMIT.limit + 5; attempt++) {
      expect((await call(dossier.code, dossier.lookupCode, { client })).status).toBe(200);
    }
    expect((await call(dossier.code, "WRONG234", { client })).status).toBe(404);
  });
});
