import { getTranslations } from "next-intl/server";
import type { AuditRow } from "@/lib/admin/audit";
import { formatDateTime } from "@/lib/i18n/format";

/** Recent administrative changes: when, who, what. */
export async function AuditTable({ rows, title, id }: { rows: AuditRow[]; title: string; id: string }) {
  const t = await getTranslations("Admin");
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="text-xl font-bold">{title}</h2>
      {rows.length === 0 ? <p className="mt-2">{t("recentNone")}</p> : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("recentCaption")}</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className="p-2">{t("colWhen")}</th>
                <th scope="col" className="p-2">{t("colWho")}</th>
                <th scope="col" className="p-2">{t("colWhat")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b align-top">
                  <td className="whitespace-nowrap p-2">{formatDateTime(row.occurredAt)}</td>
                  <td className="p-2">{row.actorName}</td>
                  <td className="p-2">{t(`audit_${row.action}`, { target: row.targetLabel })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
