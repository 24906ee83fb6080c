import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import type { TProcedureDetail } from "@/lib/procedures/queries";
import { useProcedureText } from "./use-procedure-text";

/** The crawl ran the published cells together ("Trực tuyến1Miễn phíTrực tiếp1…"): one line per channel. */
function separateChannels(raw: string): string {
  return raw.replace(/(Trực tuyến|Trực tiếp|Dịch vụ bưu chính)/g, "\n$1: ").trim();
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 border-b border-line py-3 last:border-b-0 sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="font-semibold text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What a resident asks first: how long, how much, where and how to file. */
export function ProcedureSummary({ procedure }: { procedure: TProcedureDetail }) {
  const t = useTranslations("Procedure");
  const tEnums = useTranslations("Enums");
  const text = useProcedureText();
  const isOnline = procedure.channels.includes("ONLINE");
  const onlineTime =
    procedure.onlineTimeLimitValue !== null && procedure.onlineTimeLimitUnit !== null
      ? text.duration(procedure.onlineTimeLimitValue, procedure.onlineTimeLimitUnit)
      : null;
  const isTimeUnclear = procedure.timeLimitUnit === null && Boolean(procedure.timeLimitText?.trim());
  const time = isTimeUnclear ? t("timeLimitUnclearHere") : text.timeLimit(procedure);
  const fee = text.fee(procedure);
  const feeNote = procedure.feeText?.trim();
  // The published wording is shown where the structured data could not say it all.
  const hasGaps =
    procedure.timeLimitValue === null ||
    procedure.timeLimitUnit === null ||
    procedure.feeStatus === "NOT_STATED" ||
    (procedure.feeStatus === "AMOUNT" && procedure.feeVnd === null);

  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title" className="sr-only">
        {t("summaryTitle")}
      </h2>
      <dl className="rounded-lg border border-line bg-white px-4">
        <Fact term={t("timeLimit")}>
          <p className="text-lg font-semibold">
            {time}
          </p>
          {procedure.timeLimitUnit === null && procedure.timeLimitText?.trim() ? (
            <p className="text-sm">
              {t("timeLimitNoteLabel")} <span lang={text.sourceLang}>{procedure.timeLimitText.trim()}</span>
            </p>
          ) : null}
          {onlineTime && onlineTime !== time ? <p>{t("onlineTimeLimit", { time: onlineTime })}</p> : null}
          {procedure.hasSameDayCutoff ? <p className="text-sm">{t("sameDayCutoff")}</p> : null}
        </Fact>
        <Fact term={t("fee")}>
          <p className="text-lg font-semibold">{fee}</p>
          {feeNote && feeNote !== fee ? (
            <p className="text-sm">
              {t("feeNoteLabel")} <span lang={text.sourceLang}>{feeNote}</span>
            </p>
          ) : null}
        </Fact>
        <Fact term={t("channelsTitle")}>
          {procedure.channels.length === 0 ? (
            t("channelsNone")
          ) : (
            <ul className="list-disc pl-5">
              {procedure.channels.map((channel) => (
                <li key={channel}>{tEnums(`channel.${channel}`)}</li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact term={t("onlineLevel")}>{tEnums(`online.${procedure.onlineLevel ?? "NONE"}`)}</Fact>
        <Fact term={t("level")}>{tEnums(`level.${procedure.level}`)}</Fact>
        <Fact term={t("field")}>{text.name(procedure.field.name, procedure.field.nameEn)}</Fact>
      </dl>

      {hasGaps && procedure.feeAndTimeRawText ? (
        // Long and unformatted as published: folded, for whoever wants to check.
        <details className="mt-4 rounded-md border-l-4 border-brand-700 bg-brand-50 px-4 py-2">
          <summary className="flex min-h-11 cursor-pointer items-center font-semibold text-brand-700">{t("rawTextTitle")}</summary>
          <p className="text-sm">{t("rawTextNote")}</p>
          <p lang={text.sourceLang} className="mt-2 pb-2 whitespace-pre-line">
            {separateChannels(procedure.feeAndTimeRawText)}
          </p>
        </details>
      ) : null}

      <div className="mt-6">
        {isOnline ? (
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
            <ButtonLink href={`/thu-tuc/${procedure.code}/nop`} className="text-lg">
              {t("fileOnline")}
            </ButtonLink>
            <p className="text-sm text-muted">{t("fileOnlineHint")}</p>
          </div>
        ) : (
          <Alert tone="info">
            <p>{t("fileInPerson", { agency: procedure.implementingAgencyText })}</p>
            {procedure.channels.includes("POST") ? <p>{t("filePost")}</p> : null}
          </Alert>
        )}
      </div>
    </section>
  );
}
