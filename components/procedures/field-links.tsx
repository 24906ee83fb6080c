import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TFieldWithCount } from "@/lib/procedures/queries";
import { useProcedureText } from "./use-procedure-text";

/** The fields (lĩnh vực) as entry points into the catalogue, with their number of procedures. */
export function FieldLinks({ fields }: { fields: TFieldWithCount[] }) {
  const t = useTranslations("Home");
  const text = useProcedureText();
  return (
    <ul className="mt-4 grid grid-cols-2 gap-2 lg:grid-cols-3">
      {text.sortByName(fields).map((field) => (
        <li key={field.code}>
          <Link
            href={`/thu-tuc?field=${encodeURIComponent(field.code)}`}
            className="flex h-full min-h-12 flex-col justify-center gap-x-3 rounded-lg border border-line bg-white px-3 py-2 font-semibold no-underline hover:border-brand-700 hover:bg-brand-50 sm:flex-row sm:items-center sm:justify-between sm:px-4 sm:py-3"
          >
            <span className="underline underline-offset-2">{text.name(field.name, field.nameEn)}</span>
            <span className="shrink-0 text-sm font-normal text-muted">{t("fieldCount", { count: field.procedureCount })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
