import Link from "next/link";
import { useTranslations } from "next-intl";

export type TCrumb = { label: string; href?: string };

/** The path to the current page; the last crumb is the page itself and is not a link. */
export function Breadcrumbs({ items }: { items: TCrumb[] }) {
  const t = useTranslations("Layout");
  return (
    <nav aria-label={t("breadcrumbLabel")} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} className="flex items-center gap-2">
            {index > 0 ? (
              <span aria-hidden="true" className="text-muted">
                /
              </span>
            ) : null}
            {item.href ? (
              <Link href={item.href} className="inline-flex min-h-11 items-center">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-muted">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
