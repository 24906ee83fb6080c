import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NavLink } from "@/components/layout/nav-link";
import { Button } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";
import { signOutOfficer } from "../dang-nhap/actions";

// The officers' work area: who is signed in, in which post, the links of their role. Each page
// checks the session itself (requireOfficer / requireAdmin): a layout is not re-run on navigation.

const link = "inline-flex min-h-11 items-center rounded px-3 font-semibold no-underline hover:underline aria-[current=page]:bg-brand-50 aria-[current=page]:underline";

export default async function BackOfficeLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("BackOffice");
  const user = await getSessionUser();
  const post = user?.post;
  if (!user || !post) return children;
  const role = post.officerRole;
  const links: [string, string][] = role
    ? [
        ["/can-bo", t("navQueues")],
        ...(role === "DESK_OFFICER" ? ([["/can-bo/tiep-nhan", t("navWalkIn")]] as [string, string][]) : []),
        ["/can-bo/so-theo-doi", t("navLedger")],
        ...(role === "AGENCY_LEADER" || role === "UNIT_HEAD" ? ([["/can-bo/bao-cao", t("navReports")]] as [string, string][]) : []),
      ]
    : [["/can-bo/quan-tri", t("navAdmin")]];
  return (
    <div className="mx-auto max-w-7xl px-4 py-4">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b pb-3">
        <p>
          <span className="font-semibold">{user.fullName}</span>
          {" · "}
          {role ? t(`role${role}`) : t("roleADMIN")}
          {post.unitName ? ` · ${post.unitName}` : ""}
          {post.agencyName ? ` · ${post.agencyName}` : ""}
        </p>
        <form action={signOutOfficer}>
          <Button type="submit" variant="secondary">{t("signOut")}</Button>
        </form>
      </div>
      <nav aria-label={t("navLabel")} className="mt-2">
        <ul className="flex flex-wrap gap-1">
          {links.map(([href, label]) => (
            <li key={href}><NavLink href={href} label={label} className={link} /></li>
          ))}
        </ul>
      </nav>
      <div className="mt-4">{children}</div>
    </div>
  );
}
