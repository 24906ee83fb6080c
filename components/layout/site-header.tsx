import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { AccountLink } from "./account-link";
import { switchHref } from "./language-href";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";

const headerLink =
  "inline-flex min-h-11 items-center rounded px-3 font-semibold text-white no-underline hover:bg-white/10 hover:text-white hover:underline";

const navLink = `${headerLink} aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-4`;

export function SiteHeader() {
  const t = useTranslations("Layout");
  const tStatistics = useTranslations("StatisticsPages");
  const locale = useLocale();
  const other = locale === "vi" ? "en" : "vi";
  const switchLabel = other === "en" ? t("switchToEnglish") : t("switchToVietnamese");
  return (
    <header className="border-t-4 border-accent bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex min-h-11 flex-col justify-center text-white no-underline hover:text-white">
          <span className="text-2xl leading-tight font-bold">{t("portalName")}</span>
          <span className="text-sm leading-tight">{t("portalTagline")}</span>
        </Link>
        <div className="flex items-center gap-1">
          {/* Without the current address (first render of a static page) the switch falls back to the Referer. */}
          <Suspense
            fallback={
              <a href={switchHref(other, null)} lang={other} hrefLang={other} className={headerLink}>
                {switchLabel}
              </a>
            }
          >
            <LanguageSwitch to={other} label={switchLabel} className={headerLink} />
          </Suspense>
          <AccountLink
            className={`${headerLink} border border-white/70`}
            labels={{ signIn: t("signIn"), account: t("account"), backOffice: t("backOffice") }}
          />
        </div>
      </div>
      <nav aria-label={t("mainNavLabel")} className="bg-brand-800">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-1 px-1">
          {(
            [
              ["/thu-tuc", t("navProcedures")],
              ["/tra-cuu", t("navLookup")],
              ["/thong-ke", tStatistics("nav")],
              ["/ho-so", t("navMyDossiers")],
            ] as const
          ).map(([href, label]) => (
            <li key={href}>
              <NavLink href={href} label={label} className={navLink} />
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
