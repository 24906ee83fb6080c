import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { DoneNotice } from "@/components/admin/done-notice";
import { adminPage, firstParam, type SearchParams } from "@/lib/admin/page-context";
import { GROUP_POINTS, INDEX_GROUPS } from "@/lib/national-index/scoring";
import { loadIndicatorSettings } from "@/lib/national-index/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("indexTitle"), robots: { index: false } };
}

const decimalText = (value: number) => String(Math.round(value * 100) / 100).replace(".", ",");

/**
 * The national index's weights and thresholds (docs/domain/national-index.md): one form per group,
 * since a group's points must add up to its official total. Every administrator may read them;
 * only the system administrator saves.
 */
export default async function IndexSettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await adminPage("/can-bo/quan-tri/chi-so", searchParams);
  const [t, ti, settings] = await Promise.all([getTranslations("Admin"), getTranslations("NationalIndex"), loadIndicatorSettings()]);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("indexTitle")}</h1>
      <div className="mt-3"><AdminNav agencyQuery={page.agencyQuery} /></div>
      {firstParam(page.params.xong) === "luu" ? <DoneNotice title={t("doneTitle")}>{t("done_chi_so")}</DoneNotice> : null}
      <p className="mb-4 max-w-3xl">{t("indexLead")}</p>
      {!page.isSystem ? <p className="mb-4">{t("indexReadOnly")}</p> : null}
      <div className="flex flex-col gap-4">
        {INDEX_GROUPS.map((group) => {
          const rows = settings.filter((setting) => setting.group === group);
          const title = t("indexGroupTitle", { group: ti(`group_${group}`), points: GROUP_POINTS[group] });
          if (!page.isSystem) {
            return (
              <section key={group} aria-labelledby={`index-${group}`} className="rounded-md border border-line bg-white p-4">
                <h2 id={`index-${group}`} className="text-lg font-bold">{title}</h2>
                <ul className="mt-2 list-disc pl-6">
                  {rows.map((row) => (
                    <li key={row.key}>
                      {ti(`indicator_${row.key}`)}: {decimalText(row.maxPoints)} · {ti("pointsRule", { threshold: `${decimalText(row.fullAt * 100)} %`, points: decimalText(row.maxPoints) })}
                      {row.enabled ? "" : ` (${t("indexNo")})`}
                    </li>
                  ))}
                </ul>
              </section>
            );
          }
          return (
            <AdminForm
              key={group}
              id={`index-${group}`}
              title={title}
              errorTitle={t("errorTitle")}
              hidden={{ keys: rows.map((row) => row.key).join(",") }}
              fields={rows.flatMap((row) => {
                const indicator = ti(`indicator_${row.key}`);
                return [
                  { type: "text" as const, name: `points-${row.key}`, label: t("indexPoints", { indicator }), hint: ti(`formula_${row.key}`), defaultValue: decimalText(row.maxPoints), short: true },
                  { type: "text" as const, name: `fullAt-${row.key}`, label: t("indexThreshold", { indicator }), defaultValue: decimalText(row.fullAt * 100), short: true },
                  {
                    type: "select" as const, name: `enabled-${row.key}`, label: t("indexEnabled", { indicator }), defaultValue: row.enabled ? "yes" : "no",
                    options: [{ value: "yes", label: t("indexYes") }, { value: "no", label: t("indexNo") }],
                  },
                ];
              })}
              buttons={[{ intent: "SAVE_INDEX_GROUP", label: t("indexSave") }]}
            />
          );
        })}
      </div>
    </div>
  );
}
