import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select, type TSelectGroup } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import type { TCatalogueFilterOptions } from "@/lib/procedures/queries";
import { levelParam, onlineParam, type TCatalogueQuery } from "@/lib/procedures/schemas";
import type { AgencyLevel } from "@/prisma/generated/client";
import { useProcedureText } from "./use-procedure-text";

const LEVEL_ORDER: AgencyLevel[] = ["PROVINCE", "COMMUNE", "CENTRAL"];

/**
 * Search and filters of the catalogue in one GET form: every state is a URL, so results can be
 * bookmarked and shared, and the form works without JavaScript. The filters fold away on small
 * screens (a <details>, open while a filter is applied).
 */
export function CatalogueSearchForm({ query, options }: { query: TCatalogueQuery; options: TCatalogueFilterOptions }) {
  const t = useTranslations("Catalogue");
  const tEnums = useTranslations("Enums");
  const text = useProcedureText();
  const activeFilterCount = [query.fieldCode, query.level, query.agencySlug, query.online].filter((v) => v !== null).length;
  const agencyGroups: TSelectGroup[] = LEVEL_ORDER.map((level) => ({
    label: t(`agencyGroup.${level}`),
    options: text
      .sortByName(options.agencies)
      .filter((agency) => agency.level === level)
      .map((agency) => ({ value: agency.slug, label: text.name(agency.name, agency.nameEn) })),
  })).filter((group) => group.options.length > 0);

  return (
    <form action="/thu-tuc" method="get" role="search" className="flex flex-col gap-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <TextInput
          id="catalogue-q"
          name="q"
          type="search"
          label={t("searchLabel")}
          hint={t("searchHint")}
          defaultValue={query.q ?? ""}
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
          className="flex-1"
        />
        <Button type="submit" className="sm:min-w-36">
          {t("submit")}
        </Button>
      </div>
      <details open={activeFilterCount > 0} className="group rounded-md border border-line bg-surface">
        <summary className="flex min-h-12 cursor-pointer items-center gap-2 px-4 py-2 font-semibold text-brand-700">
          <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
            ›
          </span>
          <span>
            {t("filtersTitle")}
            {activeFilterCount > 0 ? <span className="font-normal text-ink"> {t("activeFilters", { count: activeFilterCount })}</span> : null}
          </span>
        </summary>
        <div className="grid gap-4 border-t border-line px-4 py-4 sm:grid-cols-2">
          <Select
            id="filter-field"
            name="field"
            label={t("fieldLabel")}
            emptyOption={t("any")}
            defaultValue={query.fieldCode ?? ""}
            options={text.sortByName(options.fields).map((field) => ({ value: field.code, label: text.name(field.name, field.nameEn) }))}
          />
          <Select
            id="filter-level"
            name="level"
            label={t("levelLabel")}
            emptyOption={t("any")}
            defaultValue={levelParam(query.level) ?? ""}
            options={LEVEL_ORDER.map((level) => ({ value: levelParam(level) ?? "", label: tEnums(`level.${level}`) }))}
          />
          <Select
            id="filter-agency"
            name="agency"
            label={t("agencyLabel")}
            emptyOption={t("any")}
            defaultValue={query.agencySlug ?? ""}
            groups={agencyGroups}
          />
          <Select
            id="filter-online"
            name="online"
            label={t("onlineLabel")}
            emptyOption={t("any")}
            defaultValue={onlineParam(query.online) ?? ""}
            options={(["FULL", "PARTIAL", "NONE"] as const).map((online) => ({
              value: onlineParam(online) ?? "",
              label: tEnums(`online.${online}`),
            }))}
          />
          <div className="sm:col-span-2">
            <Button type="submit" variant="secondary">
              {t("applyFilters")}
            </Button>
          </div>
        </div>
      </details>
      {query.q !== null || activeFilterCount > 0 ? (
        <p>
          <Link href="/thu-tuc" className="inline-flex min-h-11 items-center">
            {t("clear")}
          </Link>
        </p>
      ) : null}
    </form>
  );
}
