import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TProcedureListItem } from "@/lib/procedures/search";
import { OnlineLevelBadge } from "./online-level-badge";
import { useProcedureText } from "./use-procedure-text";

/** One procedure in the catalogue list: what a resident needs to decide whether to open it. */
export function ProcedureResult({ procedure }: { procedure: TProcedureListItem }) {
  const t = useTranslations("Catalogue");
  const tLevel = useTranslations("Enums.level");
  const text = useProcedureText();
  return (
    <li className="rounded-lg border border-line bg-white p-4">
      <p className="text-sm text-muted">
        {t("code")} <span className="font-mono font-semibold text-ink">{procedure.code}</span>
      </p>
      <h3 className="mt-1 text-lg font-semibold">
        <Link href={`/thu-tuc/${procedure.code}`} lang={text.nameLang(procedure.nameEn)} className="inline-block py-1">
          {text.name(procedure.name, procedure.nameEn)}
        </Link>
      </h3>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <div className="flex gap-1">
          <dt className="text-muted">{t("field")}:</dt>
          <dd>{text.name(procedure.fieldName, procedure.fieldNameEn)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">{t("level")}:</dt>
          <dd>{tLevel(procedure.level)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="shrink-0 text-muted">{t("timeLimit")}:</dt>
          <dd className="line-clamp-3">
            {text.timeLimit(procedure)}
          </dd>
        </div>
        <div className="flex gap-1">
          <dt className="shrink-0 text-muted">{t("fee")}:</dt>
          <dd>{text.fee(procedure)}</dd>
        </div>
      </dl>
      <div className="mt-3">
        <OnlineLevelBadge level={procedure.onlineLevel} />
      </div>
    </li>
  );
}
