import { getTranslations } from "next-intl/server";
import { sessionMayAdministerDelegations } from "@/lib/delegation/admin-pages";
import { AdminNavLink } from "./admin-nav-link";

const link = "inline-flex min-h-11 items-center rounded border border-line px-3 no-underline hover:underline aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold";

/** The administration's sections; the system administrator's picked agency travels in the links. */
export async function AdminNav({ agencyQuery }: { agencyQuery: string }) {
  const [t, tDelegation, showsDelegations] = await Promise.all([getTranslations("Admin"), getTranslations("DelegationAdmin"), sessionMayAdministerDelegations()]);
  const links: [string, string, boolean][] = [
    ["/can-bo/quan-tri", t("navOverview"), true],
    ["/can-bo/quan-tri/don-vi", t("navUnits"), false],
    ["/can-bo/quan-tri/can-bo", t("navOfficers"), false],
    ["/can-bo/quan-tri/quy-trinh", t("navPlans"), false],
    ["/can-bo/quan-tri/lich", t("navCalendar"), false],
    ["/can-bo/quan-tri/chi-so", t("navIndex"), false],
    // Delegations are the city's: only a city-level agency's administrator or the system administrator records them.
    ...(showsDelegations ? [["/can-bo/quan-tri/uy-quyen", tDelegation("navDelegations"), false] as [string, string, boolean]] : []),
  ];
  return (
    <nav aria-label={t("navLabel")} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {links.map(([path, label, exact]) => (
          <li key={path}><AdminNavLink path={path} query={path.endsWith("/lich") || path.endsWith("/chi-so") ? "" : agencyQuery} label={label} exact={exact} className={link} /></li>
        ))}
      </ul>
    </nav>
  );
}
