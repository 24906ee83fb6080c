import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { DoneNotice } from "@/components/admin/done-notice";
import { adminPage, firstParam, type SearchParams } from "@/lib/admin/page-context";
import { calendarYear } from "@/lib/admin/queries";
import { DAY_EDIT_KINDS } from "@/lib/admin/rules";
import { formatDate } from "@/lib/i18n/format";

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("yearTitle", { year: (await params).year }), robots: { index: false } };
}

const dateOf = (key: string) => new Date(`${key}T00:00:00Z`);

export default async function CalendarYearPage({ params, searchParams }: { params: Promise<{ year: string }>; searchParams: SearchParams }) {
  const { year: raw } = await params;
  const page = await adminPage(`/can-bo/quan-tri/lich/${raw}`, searchParams);
  const year = /^\d{4}$/.test(raw) ? await calendarYear(Number(raw)) : null;
  if (!year) notFound();
  const t = await getTranslations("Admin");
  const done = firstParam(page.params.xong);
  const canEdit = page.isSystem && !year.isPublished;
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("yearTitle", { year: year.year })}</h1>
      <div className="mt-3"><AdminNav agencyQuery={page.agencyQuery} /></div>
      {done === "cong-bo" ? (
        <DoneNotice title={t("doneTitle")}>
          {t("done_cong-bo", { checked: Number(firstParam(page.params.xet)) || 0, recomputed: Number(firstParam(page.params["tinh-lai"])) || 0, still: Number(firstParam(page.params.con)) || 0 })}
        </DoneNotice>
      ) : done === "them-nam" || done === "ngay" ? <DoneNotice title={t("doneTitle")}>{t(`done_${done}`)}</DoneNotice> : null}
      <p>{year.isPublished ? t("yearPublished", { date: year.publishedAt ? formatDate(year.publishedAt) : "", source: year.source ?? t("notSpecified") }) : t("yearNotPublished")}</p>
      {year.isPublished && page.isSystem ? <p className="mt-2 max-w-3xl">{t("yearLocked")}</p> : null}
      {!page.isSystem ? <p className="mt-2">{t("calendarReadOnly")}</p> : null}
      <section aria-labelledby="days" className="mt-4">
        <h2 id="days" className="text-xl font-bold">{t("daysCaption", { year: year.year })}</h2>
        {year.days.length === 0 ? <p className="mt-2">{t("daysNone")}</p> : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("daysCaption", { year: year.year })}</caption>
              <thead>
                <tr className="border-b">
                  <th scope="col" className="p-2">{t("colDate")}</th>
                  <th scope="col" className="p-2">{t("colWeekday")}</th>
                  <th scope="col" className="p-2">{t("colDayKind")}</th>
                  <th scope="col" className="p-2">{t("colDayName")}</th>
                </tr>
              </thead>
              <tbody>
                {year.days.map((day) => (
                  <tr key={day.date} className="border-b">
                    <td className="p-2">{formatDate(dateOf(day.date))}</td>
                    <td className="p-2">{t(`weekday_${dateOf(day.date).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6}`)}</td>
                    <td className="p-2">{t(`day_${day.kind}`)} ({day.isWorkingDay ? t("working") : t("notWorking")})</td>
                    <td className="p-2">{day.name ?? t("notSpecified")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canEdit ? (
        <div className="mt-6 grid max-w-xl gap-4">
          <AdminForm
            id="set-days" title={t("setDaysTitle")} description={t("setDaysLead")} errorTitle={t("errorTitle")} hidden={{ year: String(year.year) }}
            fields={[
              { type: "date", name: "from", label: t("from") },
              { type: "date", name: "to", label: t("to") },
              { type: "select", name: "kind", label: t("dayKind"), emptyOption: t("chooseOne"), options: DAY_EDIT_KINDS.map((kind) => ({ value: kind, label: t(`day_${kind}`) })) },
              { type: "text", name: "name", label: t("dayName"), hint: t("dayNameHint"), autoComplete: "off" },
            ]}
            buttons={[{ intent: "SET_DAYS", label: t("setDaysSubmit") }]}
          />
          <AdminForm
            id="publish" title={t("publishTitle", { year: year.year })} description={`${t("publishLead")} ${t("provisionalNow", { count: year.provisional })}`} errorTitle={t("errorTitle")}
            hidden={{ year: String(year.year) }}
            fields={[
              { type: "text", name: "noticeNumber", label: t("noticeNumber"), hint: t("noticeNumberHint"), autoComplete: "off" },
              { type: "date", name: "noticeDate", label: t("noticeDate") },
            ]}
            buttons={[{ intent: "PUBLISH_YEAR", label: t("publishSubmit") }]}
          />
        </div>
      ) : null}
      <p className="mt-6"><Link href="/can-bo/quan-tri/lich">{t("back")}</Link></p>
    </div>
  );
}
