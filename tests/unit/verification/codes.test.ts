// Verification codes: unguessable, typed back forgivingly, one stored form; and pasted hashes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, formatVerificationCode, newVerificationCode, parseVerificationCode, verificationUrl } from "@/lib/verification/codes";
import { isSameSha256, parseSha256 } from "@/lib/verification/sha256";

const bytesOf = (values: number[]) => () => Uint8Array.from(values);
const twentyBytes = fc.uint8Array({ minLength: 20, maxLength: 20 });

describe("a new verification code", () => {
  it("is 20 characters of Crockford's base 32, 5 random bits each", () => {
    expect(newVerificationCode(bytesOf(Array.from({ length: 20 }, (_, index) => index)))).toBe("0123456789ABCDEFGHJK");
    // Only the low 5 bits count: 256 is a multiple of 32, so every character is equally likely.
    expect(newVerificationCode(bytesOf(Array.from({ length: 20 }, (_, index) => 224 + ((20 + index) % 32))))).toBe("MNPQRSTVWXYZ01234567");
  });

  it("refuses too few random bytes", () => {
    expect(() => newVerificationCode(bytesOf([1, 2, 3]))).toThrow();
  });

  it("never holds a look-alike (I, L, O) or U", () => {
    fc.assert(
      fc.property(twentyBytes, (bytes) => {
        const code = newVerificationCode(() => bytes);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
      }),
    );
  });

  it("reads back as itself, grouped or not, in any case", () => {
    fc.assert(
      fc.property(twentyBytes, (bytes) => {
        const code = newVerificationCode(() => bytes);
        expect(parseVerificationCode(code)).toBe(code);
        expect(parseVerificationCode(formatVerificationCode(code))).toBe(code);
        expect(parseVerificationCode(` ${formatVerificationCode(code).toLowerCase()} `)).toBe(code);
      }),
    );
  });

  it("uses every symbol of the alphabet", () => {
    expect(new Set(CODE_ALPHABET).size).toBe(32);
    const seen = new Set<string>();
    for (let start = 0; start < 32; start += 20) seen.add(newVerificationCode(bytesOf(Array.from({ length: 20 }, (_, index) => (start + index) % 32))));
    expect(new Set([...seen].join(""))).toEqual(new Set(CODE_ALPHABET));
  });
});

describe("parsing a typed code", () => {
  it.each([
    ["grouped, as printed", "7KQ2M-XT9RB-4HW8C-PN3DF", "7KQ2MXT9RB4HW8CPN3DF"],
    ["lower case with spaces", "7kq2m xt9rb 4hw8c pn3df", "7KQ2MXT9RB4HW8CPN3DF"],
    ["O, I, L typed for 0 and 1", "OOOOO-IIIII-LLLLL-00000", "00000111111111100000"],
    ["dots and an en dash", "7KQ2M.XT9RB–4HW8C.PN3DF", "7KQ2MXT9RB4HW8CPN3DF"],
  ])("accepts %s", (_name, input, expected) => {
    expect(parseVerificationCode(input)).toBe(expected);
  });

  it.each([
    ["empty", ""],
    ["one character short", "7KQ2M-XT9RB-4HW8C-PN3D"],
    ["one character long", "7KQ2M-XT9RB-4HW8C-PN3DFA"],
    ["U, which the alphabet leaves out", "7KQ2M-XT9RB-4HW8C-PN3DU"],
    ["punctuation", "7KQ2M-XT9RB-4HW8C-PN3D!"],
    ["a lookup code", "MUZYYGES"],
    ["a path", "../../etc/passwd"],
    ["very long input", "7".repeat(1000)],
  ])("refuses %s", (_name, input) => {
    expect(parseVerificationCode(input)).toBeNull();
  });

  it("never throws, whatever is typed", () => {
    fc.assert(fc.property(fc.string({ maxLength: 100 }), (input) => {
      const parsed = parseVerificationCode(input);
      if (parsed !== null) expect(parsed).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    }));
  });
});

describe("the address in the QR code", () => {
  it("is the portal's address, the page and the grouped code", () => {
    expect(verificationUrl("https://dichvucong.hanoi.gov.vn", "7KQ2MXT9RB4HW8CPN3DF")).toBe("https://dichvucong.hanoi.gov.vn/xac-minh/7KQ2M-XT9RB-4HW8C-PN3DF");
    expect(verificationUrl("http://localhost:3000/", "7KQ2MXT9RB4HW8CPN3DF")).toBe("http://localhost:3000/xac-minh/7KQ2M-XT9RB-4HW8C-PN3DF");
  });
});

describe("a pasted SHA-256 hash", () => {
  const hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  it.each([
    ["as sha256sum prints it", hash, hash],
    ["upper case", hash.toUpperCase(), hash],
    ["as certutil prints it, bytes apart", hash.match(/../g)!.join(" "), hash],
    ["with colons", hash.match(/../g)!.join(":"), hash],
    ["with a line break", `${hash.slice(0, 32)}\n${hash.slice(32)}`, hash],
  ])("reads %s", (_name, input, expected) => {
    expect(parseSha256(input)).toBe(expected);
  });

  it.each([["too short", hash.slice(1)], ["not hexadecimal", `${hash.slice(1)}g`], ["empty", ""], ["SHA-1", "a9993e364706816aba3e25717850c26c9cd0d89d"]])("refuses %s", (_name, input) => {
    expect(parseSha256(input)).toBeNull();
  });

  it("matches the issued hash only", () => {
    expect(isSameSha256(hash.toUpperCase(), hash)).toBe(true);
    expect(isSameSha256(`${hash.slice(0, 63)}9`, hash)).toBe(false);
    expect(isSameSha256("", hash)).toBe(false);
  });
});
