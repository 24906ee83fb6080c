import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditTable } from "@/components/admin/audit-table";
import { recentAdminChanges } from "@/lib/admin/audit";
import { adminPage, type SearchParams } from "@/lib/admin/page-context";
import { calendarYears } from "@/lib/admin/queries";
import { formatDate } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("calendarTitle"), robots: { index: false } };
}

export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await adminPage("/can-bo/quan-tri/lich", searchParams);
  const t = await getTranslations("Admin");
  const [years, changes] = await Promise.all([calendarYears(), recentAdminChanges(null, 10)]);
  const nextYear = (years.at(-1)?.year ?? new Date().getFullYear()) + 1;
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("calendarTitle")}</h1>
      <div className="mt-3"><AdminNav agencyQuery={page.agencyQuery} /></div>
      <p className="mb-2 max-w-3xl">{t("calendarLead")}</p>
      {!page.isSystem ? <p className="mb-4">{t("calendarReadOnly")}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("calendarCaption")}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-2">{t("colYear")}</th>
              <th scope="col" className="p-2">{t("colPublished")}</th>
              <th scope="col" className="p-2">{t("colSource")}</th>
              <th scope="col" className="p-2">{t("colDaysOff")}</th>
              <th scope="col" className="p-2">{t("colMakeUp")}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year.year} className="border-b align-top">
                <th scope="row" className="p-2"><Link href={`/can-bo/quan-tri/lich/${year.year}`}>{year.year}</Link></th>
                <td className="p-2">{year.isPublished ? t("published", { date: year.publishedAt ? formatDate(year.publishedAt) : "" }) : t("notPublished")}</td>
                <td className="p-2">{year.source ?? t("notSpecified")}</td>
                <td className="p-2">{year.daysOff}</td>
                <td className="p-2">{year.makeUpDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.isSystem ? (
        <div className="mt-6 max-w-xl">
          <AdminForm
            id="add-year" title={t("addYearTitle")} description={t("addYearHint")} errorTitle={t("errorTitle")}
            fields={[{ type: "text", name: "year", label: t("year"), defaultValue: String(nextYear), short: true, autoComplete: "off" }]}
            buttons={[{ intent: "ADD_YEAR", label: t("addYearSubmit") }]}
          />
        </div>
      ) : null}
      <AuditTable id="calendar-changes" rows={changes} title={t("recentNationalTitle")} />
    </div>
  );
}
