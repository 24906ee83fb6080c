import { describe, expect, it } from "vitest";
import { slipVerdict, toDossierLookup } from "@/lib/api/dossiers";
import { ZDossierLookup } from "@/lib/api/endpoints/dossiers";

const at = (local: string) => new Date(`${local}+07:00`);
const now = at("2026-03-10T10:00:00");

describe("the verdict of a hand-over on the control slip", () => {
  it.each([
    [{ outcome: "EARLY" as const, completedAt: at("2026-03-02T10:00:00"), dueAt: at("2026-03-03T17:00:00") }, "early"],
    [{ outcome: "ON_TIME" as const, completedAt: at("2026-03-03T17:00:00"), dueAt: at("2026-03-03T17:00:00") }, "on_time"],
    [{ outcome: "LATE" as const, completedAt: at("2026-03-04T09:00:00"), dueAt: at("2026-03-03T17:00:00") }, "late"],
    [{ outcome: null, completedAt: null, dueAt: at("2026-03-09T17:00:00") }, "overdue"],
    [{ outcome: null, completedAt: null, dueAt: at("2026-03-10T10:00:00") }, "in_progress"],
    [{ outcome: null, completedAt: null, dueAt: null }, "in_progress"],
  ])("%j is %s", (step, verdict) => {
    expect(slipVerdict(step, now)).toBe(verdict);
  });
});

describe("the lookup's public record", () => {
  const dossier = {
    code: "000.00.12.H26-260302-0001", status: "IN_PROCESSING" as const, receivedAt: at("2026-03-02T09:00:00"), dueAt: at("2026-03-09T17:00:00"),
    deadlinePrecision: "DAY" as const, isDueProvisional: false, finishedAt: null, returnedAt: null, timeliness: null, hasApology: false,
    procedure: { code: "1.001193", name: "Thủ tục đăng ký khai sinh", nameEn: "Birth registration" },
    agency: { name: "UBND phường Bạch Mai", nameEn: null },
    dueDateChange: null,
    supplementRequests: [{ requestedAt: at("2026-03-03T10:00:00"), fulfilledAt: null }],
    processingSteps: [
      {
        id: "0196a3b0-0000-7000-8000-000000000001", sequence: 1, kind: "RECEIPT" as const, title: "Tiếp nhận hồ sơ", startedAt: at("2026-03-02T09:00:00"),
        dueAt: at("2026-03-02T17:00:00"), duePrecision: "INSTANT" as const, completedAt: at("2026-03-02T09:05:00"), outcome: "EARLY" as const, isBounce: false,
        unit: { name: "Bộ phận Một cửa", nameEn: null }, agency: { name: "UBND phường Bạch Mai", nameEn: null },
      },
    ],
  };

  it("has exactly the documented fields, in Hà Nội time", () => {
    const record = toDossierLookup(dossier, now);
    expect(ZDossierLookup.strict().parse(record)).toEqual(record);
    expect(record).toMatchObject({
      status: "in_processing",
      nationalStatusCode: 4,
      statusLabel: { vi: "Đang xử lý", en: "In processing" },
      appointment: { dueAt: "2026-03-09T17:00:00+07:00", precision: "day", isProvisional: false },
      supplementRequests: [{ requestedAt: "2026-03-03T10:00:00+07:00", fulfilledAt: null }],
      controlSlip: [{ kind: "receipt", receivedAt: "2026-03-02T09:00:00+07:00", duePrecision: "instant", verdict: "early", isSentBack: false }],
    });
    expect(JSON.stringify(record)).not.toContain(dossier.processingSteps[0]!.id);
  });
});
