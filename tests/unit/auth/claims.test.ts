import { describe, expect, it } from "vitest";
import { profileFromClaims } from "@/lib/auth/claims";

describe("profileFromClaims", () => {
  it("maps the standard claims and the ID number", () => {
    expect(
      profileFromClaims({
        sub: "vneid:001090012345", name: "Nguyễn Văn An", birthdate: "1990-05-12", email: "An@Example.com",
        phone_number: "+84 900 000 001", national_id: "001090012345",
      }),
    ).toEqual({
      subject: "vneid:001090012345", fullName: "Nguyễn Văn An", nationalId: "001090012345", dateOfBirth: "1990-05-12",
      email: "an@example.com", phone: "0900000001",
    });
  });

  it.each([
    ["citizen_id", { citizen_id: "001195006789" }, "001195006789"],
    ["cccd", { cccd: "001195006789" }, "001195006789"],
    ["an ID number of the wrong length is dropped", { national_id: "12345" }, null],
  ])("ID number: %s", (_label, claims, expected) => {
    expect(profileFromClaims({ sub: "s", name: "A", ...claims })?.nationalId).toBe(expected);
  });

  it("builds the name from its parts, family name first", () => {
    expect(profileFromClaims({ sub: "s", family_name: "Trần", middle_name: "Thị", given_name: "Bình" })?.fullName).toBe("Trần Thị Bình");
  });

  it("refuses claims without a subject or a name", () => {
    expect(profileFromClaims({ name: "A" })).toBeNull();
    expect(profileFromClaims({ sub: "s" })).toBeNull();
  });

  it("drops a malformed birth date and email", () => {
    const profile = profileFromClaims({ sub: "s", name: "A", birthdate: "12/05/1990", email: "not-an-email" });
    expect(profile?.dateOfBirth).toBeNull();
    expect(profile?.email).toBeNull();
  });
});
