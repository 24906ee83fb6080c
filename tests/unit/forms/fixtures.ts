// A dossier as the forms see it, and a ledger row: realistic defaults, overridden per test.
import type { FormSource, LedgerDossier } from "@/lib/forms/types";
import { hanoi } from "../../support/calendar";

export const BACH_MAI = { name: "UBND Phường Bạch Mai", parentName: "UBND Thành phố Hà Nội", phone: null };

export function formSource(overrides: Partial<FormSource> = {}): FormSource {
  return {
    code: "000.40.05.H26-261130-0007",
    reference: "NOP-261127-ABCDEF",
    status: "IN_PROCESSING",
    channel: "ONLINE",
    procedureName: "Chấm dứt hoạt động hộ kinh doanh",
    agency: BACH_MAI,
    desk: BACH_MAI,
    applicant: { fullName: "Nguyễn Văn An", address: "Số 12 ngõ 30 phố Bạch Mai", phone: "0900000001" },
    organizationName: null,
    submittedAt: hanoi("2026-11-27 16:40"),
    receivedAt: hanoi("2026-11-30 09:05"),
    dueAt: hanoi("2026-12-07 09:05"),
    deadlinePrecision: "DAY",
    supplementRequests: [],
    refusal: null,
    apology: null,
    steps: [],
    consultedAgencies: [],
    ...overrides,
  };
}

export function ledgerDossier(overrides: Partial<LedgerDossier> = {}): LedgerDossier {
  return {
    code: "000.40.05.H26-261102-0001",
    procedureName: "Thủ tục đăng ký khai sinh",
    copies: 1,
    applicant: { fullName: "Nguyễn Minh Khoa", address: "Số 115 phố Hàng Bạc", phone: "0917538209" },
    organizationName: null,
    status: "RETURNED",
    receivedAt: hanoi("2026-11-02 08:50"),
    dueAt: hanoi("2026-11-02 17:00"),
    firstDueAt: hanoi("2026-11-02 17:00"),
    deadlinePrecision: "DAY",
    isDueProvisional: false,
    hasApology: false,
    finishedAt: hanoi("2026-11-02 11:31"),
    returnedAt: hanoi("2026-11-02 13:24"),
    timeliness: "ON_TIME",
    agencyId: "bach-mai",
    agencyName: "UBND Phường Bạch Mai",
    receivingAgencyId: null,
    receivingAgencyName: null,
    ...overrides,
  };
}
