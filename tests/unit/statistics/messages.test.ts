// The sentence "usually resolved in N working days" in both languages (lib/i18n/messages/processing-time.*.json).
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";

const t = (locale: "vi" | "en") => createTranslator({ locale, messages: MESSAGES[locale], namespace: "ProcessingTime" });

describe("usually resolved in N working days", () => {
  it.each([
    ["vi", 1, "Thường được giải quyết trong 1 ngày làm việc."],
    ["vi", 5, "Thường được giải quyết trong 5 ngày làm việc."],
    ["en", 1, "Usually resolved in 1 working day."],
    ["en", 5, "Usually resolved in 5 working days."],
  ] as const)("%s, %d days", (locale, days, sentence) => {
    expect(t(locale)("usually", { days })).toBe(sentence);
  });

  it("says the same working day, and what the figure rests on", () => {
    expect(t("en")("usuallySameDay")).toBe("Usually resolved the same working day.");
    expect(t("vi")("basisAgency", { sample: 42, window: 90 })).toBe(
      "Trung vị của 42 hồ sơ cơ quan này đã giải quyết trong 90 ngày qua, không tính thời gian chờ người nộp bổ sung giấy tờ hay nộp phí.",
    );
    expect(t("en")("basisProcedure", { sample: 42, window: 90 })).toContain("42 dossiers of this procedure");
  });
});
