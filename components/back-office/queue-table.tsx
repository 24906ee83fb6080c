import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/dossiers/status-badge";
import type { QueueRow } from "@/lib/back-office/queues";
import { formatDate } from "@/lib/i18n/format";
import { DueBadge } from "./due-badge";

/** A queue or search result as a table: the code opens the dossier; deadlines in words and dates. */
export async function QueueTable({ rows, caption }: { rows: QueueRow[]; caption: string }) {
  const t = await getTranslations("Queues");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">{t("colCode")}</th>
            <th scope="col" className="p-2">{t("colProcedure")}</th>
            <th scope="col" className="p-2">{t("colApplicant")}</th>
            <th scope="col" className="p-2">{t("colStatus")}</th>
            <th scope="col" className="p-2">{t("colStep")}</th>
            <th scope="col" className="p-2">{t("colDue")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top">
              <th scope="row" className="p-2 font-normal">
                <Link href={`/can-bo/ho-so/${row.id}`} className="font-mono font-semibold">
                  {row.code ?? row.reference ?? row.id.slice(0, 8)}
                </Link>
                {row.code ? null : <span className="block text-sm text-muted">{t("notReceived")}</span>}
              </th>
              <td className="p-2">
                <span className="block">{row.procedureName}</span>
                <span className="text-sm text-muted">{row.procedureCode}</span>
              </td>
              <td className="p-2">
                <span className="block">{row.applicantName}</span>
                {row.applicantIdMasked ? <span className="font-mono text-sm text-muted">{row.applicantIdMasked}</span> : null}
              </td>
              <td className="p-2"><StatusBadge status={row.status} /></td>
              <td className="p-2">
                {row.step ? (
                  <>
                    <span className="block">{row.step.title}{row.step.unitName ? ` · ${row.step.unitName}` : ""}</span>
                    <span className="block text-sm">{row.handlerName ?? t("noHandler")}</span>
                    {row.step.dueAt ? (
                      <span className="flex flex-wrap items-center gap-1 text-sm">
                        {t("stepDue", { date: formatDate(row.step.dueAt) })}
                        {row.step.dueState && row.step.dueState !== "IN_TIME" ? <DueBadge state={row.step.dueState} /> : null}
                      </span>
                    ) : null}
                  </>
                ) : null}
              </td>
              <td className="p-2">
                {row.dueAt ? (
                  <span className="block whitespace-nowrap">
                    {formatDate(row.dueAt)} {row.isDueProvisional ? <span className="text-sm">{t("provisional")}</span> : null}
                  </span>
                ) : null}
                {row.dueState ? <DueBadge state={row.dueState} /> : null}
                {row.hasApology ? <span className="block text-sm">{t("apology")}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
