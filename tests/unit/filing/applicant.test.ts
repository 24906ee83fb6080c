import { describe, expect, it } from "vitest";
import { checkApplicant } from "@/lib/filing/applicant";

const ORG = "01a2a000-0000-7000-8000-000000000001";
const anonymous = { identity: null, organizationIds: [ORG] };
const identified = { identity: { fullName: "Nguyễn Văn An", nationalId: "001090012345", dateOfBirth: "1990-05-12" }, organizationIds: [] };
const good = { mode: "SELF", fullName: "Trần Thị Bình", nationalId: "001195006789", phone: "0900 000 002", address: "Số 5 Hàng Bạc" };

describe("checkApplicant", () => {
  it("accepts a resident filing for themself and normalises the phone", () => {
    expect(checkApplicant(good, anonymous)).toMatchObject({ ok: true, answers: { mode: "SELF", phone: "0900000002", organizationId: null } });
  });

  it("takes an identified resident's name, ID number and birth date from the identity provider, not the form", () => {
    const result = checkApplicant({ ...good, fullName: "Someone Else", nationalId: "999999999999" }, identified);
    expect(result).toMatchObject({ ok: true, answers: { fullName: "Nguyễn Văn An", nationalId: "001090012345", dateOfBirth: "1990-05-12" } });
  });

  it("refuses an organisation the resident does not belong to", () => {
    expect(checkApplicant({ ...good, mode: "ORGANIZATION", organizationId: "01a2a000-0000-7000-8000-000000000009" }, anonymous)).toMatchObject({
      ok: false,
      errors: { organizationId: "organization" },
    });
    expect(checkApplicant({ ...good, mode: "ORGANIZATION", organizationId: ORG }, anonymous)).toMatchObject({ ok: true, answers: { organizationId: ORG } });
  });

  it("asks a representative for the person represented", () => {
    expect(checkApplicant({ ...good, mode: "REPRESENTATIVE" }, anonymous)).toMatchObject({
      ok: false,
      errors: { principalFullName: "required", principalNationalId: "required" },
    });
  });

  it("names every wrong field", () => {
    expect(checkApplicant({ mode: "SELF", nationalId: "12345", phone: "12", email: "x@", dateOfBirth: "31/02/1990" }, anonymous)).toMatchObject({
      ok: false,
      errors: { fullName: "required", nationalId: "nationalId", phone: "phone", email: "email", address: "required", dateOfBirth: "date" },
    });
  });
});
