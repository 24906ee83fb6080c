import { useTranslations } from "next-intl";

/** First focusable element of every page: jumps over the header to the main content. */
export function SkipLink() {
  const t = useTranslations("Layout");
  return (
    <a
      href="#main"
      className="sr-only z-50 bg-focus px-4 py-3 font-semibold text-ink focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
    >
      {t("skipLink")}
    </a>
  );
}
