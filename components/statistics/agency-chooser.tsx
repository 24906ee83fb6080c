import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { AgencyEntry } from "@/lib/statistics-pages/load-view";
import type { Locale } from "@/lib/statistics-pages/format";

const LEVEL_ORDER = ["PROVINCE", "COMMUNE", "CENTRAL"];

/**
 * Go to an agency's page for the same period: a GET form to /thong-ke/co-quan, which sends the
 * visitor on to the agency's own address (no JavaScript needed).
 */
export function AgencyChooser({ agencies, periodParams }: { agencies: AgencyEntry[]; periodParams: Record<string, string> }) {
  const t = useTranslations("StatisticsPages.agencyChooser");
  const locale = useLocale() as Locale;
  const levels = [...new Set(agencies.map((agency) => agency.level))].sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b));
  const groups = levels.map((level) => ({
    label: t(`level.${level}` as "level.COMMUNE"),
    options: agencies.filter((agency) => agency.level === level).map((agency) => ({ value: agency.slug, label: locale === "en" && agency.nameEn ? agency.nameEn : agency.name })),
  }));
  return (
    <form method="get" action="/thong-ke/co-quan" className="mt-4 flex flex-wrap items-end gap-3">
      {Object.entries(periodParams).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Select id="chon-co-quan" name="agency" label={t("label")} hint={t("hint")} groups={groups} className="min-w-64 flex-1" />
      <Button type="submit" variant="secondary">
        {t("go")}
      </Button>
    </form>
  );
}
