"use client";
// A plain link to app/ngon-ngu (full page load, works without JavaScript): the server renders it
// with the current address so the visitor comes back to the same page in the other language.
import { visiblePath } from "@/lib/routing/locale-path";
import { usePathname, useSearchParams } from "next/navigation";
import { switchHref } from "./language-href";

export type TLanguageSwitchProps = { to: "vi" | "en"; label: string; className: string };

export function LanguageSwitch({ to, label, className }: TLanguageSwitchProps) {
  const seen = usePathname();
  const pathname = seen ? visiblePath(seen) : null;
  const query = useSearchParams().toString();
  const back = pathname ? `${pathname}${query ? `?${query}` : ""}` : null;
  return (
    <a href={switchHref(to, back)} lang={to} hrefLang={to} className={className}>
      {label}
    </a>
  );
}
