// Words for the numbers and codes of a procedure (time limits, fees, levels), in the visitor's
// language. Server components only: a hook in name because it reads next-intl's hooks.
import { useLocale, useTranslations } from "next-intl";
import type { FeeStatus, TimeUnit } from "@/prisma/generated/client";

export type TFee = { feeStatus: FeeStatus; feeVnd: number | null; feeText: string | null };
export type TTimeLimit = { timeLimitValue: number | null; timeLimitUnit: TimeUnit | null; timeLimitText: string | null };

export function useProcedureText() {
  const t = useTranslations();
  const locale = useLocale();

  const name = (vi: string, en: string | null) => (locale === "en" && en ? en : vi);
  const collator = new Intl.Collator(locale);
  const duration = (value: number, unit: TimeUnit) => t(`Enums.duration.${unit}`, { count: value });

  return {
    /** The catalogue's name in the visitor's language when a translation exists. */
    name,
    /** Items in the alphabetical order of their shown name (Vietnamese order puts Đ after D). */
    sortByName: <T extends { name: string; nameEn: string | null }>(items: T[]): T[] =>
      [...items].sort((a, b) => collator.compare(name(a.name, a.nameEn), name(b.name, b.nameEn))),
    /** lang attribute for a name shown untranslated, so screen readers pronounce it in Vietnamese. */
    nameLang: (nameEn: string | null): "vi" | undefined => (locale === "en" && !nameEn ? "vi" : undefined),
    /** lang attribute for catalogue text that only exists in Vietnamese (documents, legal basis). */
    sourceLang: (locale === "en" ? "vi" : undefined) as "vi" | undefined,
    duration,
    /**
     * "1 ngày làm việc"; where the catalogue gives no certain unit, a plain "not clearly published"
     * (the original wording stays on the detail page, never an invented value); else "Không nêu".
     */
    timeLimit: ({ timeLimitValue, timeLimitUnit, timeLimitText }: TTimeLimit) =>
      timeLimitValue !== null && timeLimitUnit !== null
        ? duration(timeLimitValue, timeLimitUnit)
        : timeLimitText?.trim()
          ? t("Procedure.timeLimitUnclear")
          : t("Procedure.notStated"),
    /** "Miễn phí", "50.000 đ", "Theo quy định của HĐND thành phố" or "Không nêu". */
    fee: ({ feeStatus, feeVnd, feeText }: TFee) => {
      if (feeStatus === "SET_BY_PROVINCIAL_COUNCIL") return t("Fee.setByCouncil");
      if (feeStatus === "AMOUNT" && feeVnd !== null) return feeVnd === 0 ? t("Fee.free") : t("Fee.amount", { amount: feeVnd });
      if (feeStatus === "AMOUNT" && feeText?.trim()) return feeText.trim();
      return t("Fee.notStated");
    },
  };
}
