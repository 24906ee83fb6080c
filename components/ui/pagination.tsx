import Link from "next/link";
import { useTranslations } from "next-intl";
import { cx } from "./cx";

/** Pages to show: the first, the last, and the current one with its neighbours; null is a gap. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((n, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && n - previous > 1) result.push(null);
    result.push(n);
  });
  return result;
}

const itemClasses = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 font-semibold";

export function Pagination({
  page,
  pageCount,
  hrefForPage,
}: {
  page: number;
  pageCount: number;
  hrefForPage: (page: number) => string;
}) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("label")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefForPage(page - 1)} rel="prev" className={cx(itemClasses, "border-2 border-brand-700 no-underline")}>
              <span aria-hidden="true">‹&nbsp;</span>
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <a aria-current="page" href={hrefForPage(n)} className={cx(itemClasses, "bg-brand-700 text-white no-underline hover:text-white")}>
                  <span className="sr-only">{t("page")} </span>
                  {n}
                </a>
              ) : (
                <Link href={hrefForPage(n)} className={cx(itemClasses, "border border-line no-underline")}>
                  <span className="sr-only">{t("page")} </span>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={hrefForPage(page + 1)} rel="next" className={cx(itemClasses, "border-2 border-brand-700 no-underline")}>
              {t("next")}
              <span aria-hidden="true">&nbsp;›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
