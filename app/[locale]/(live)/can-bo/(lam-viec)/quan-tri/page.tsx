import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { AgencyPicker } from "@/components/admin/agency-picker";
import { AuditTable } from "@/components/admin/audit-table";
import { recentAdminChanges } from "@/lib/admin/audit";
import { adminPage, type SearchParams } from "@/lib/admin/page-context";
import { agencyOverview } from "@/lib/admin/queries";
import { agenciesToPick } from "@/lib/admin/scope";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("title"), robots: { index: false } };
}

export default async function AdminHomePage({ searchParams }: { searchParams: SearchParams }) {
  const page = await adminPage("/can-bo/quan-tri", searchParams);
  const t = await getTranslations("Admin");
  const { agency, agencyQuery, isSystem } = page;
  const [overview, changes, national, agencies] = await Promise.all([
    agency ? agencyOverview(agency.id, new Date()) : null,
    agency ? recentAdminChanges(agency.id) : Promise.resolve([]),
    recentAdminChanges(null, 10),
    isSystem ? agenciesToPick() : Promise.resolve([]),
  ]);
  return (
    <div>
      <h1 className="text-2xl font-bold">{agency ? agency.name : t("title")}</h1>
      <div className="mt-3"><AdminNav agencyQuery={agencyQuery} /></div>
      {isSystem ? (
        <div className="mb-4 flex flex-col gap-2">
          <p>{t("systemAdmin")}</p>
          <AgencyPicker agencies={agencies} action="/can-bo/quan-tri" current={agency?.id} />
        </div>
      ) : null}
      {overview ? (
        <ul className="grid gap-2 sm:grid-cols-2">
          <li className="rounded-md border border-line p-3"><Link href={`/can-bo/quan-tri/don-vi${agencyQuery}`}>{t("overviewUnits", { count: overview.units })}</Link></li>
          <li className="rounded-md border border-line p-3"><Link href={`/can-bo/quan-tri/can-bo${agencyQuery}`}>{t("overviewOfficers", { active: overview.activeOfficers, inactive: overview.inactiveOfficers })}</Link></li>
          <li className="rounded-md border border-line p-3"><Link href={`/can-bo/quan-tri/can-bo${agencyQuery}`}>{t("overviewInvitations", { count: overview.invitations })}</Link></li>
          <li className="rounded-md border border-line p-3"><Link href={`/can-bo/quan-tri/quy-trinh${agencyQuery}`}>{t("overviewProcedures", { count: overview.procedures })}</Link></li>
        </ul>
      ) : null}
      {agency ? <AuditTable id="recent-agency" rows={changes} title={t("recentTitle")} /> : null}
      <AuditTable id="recent-national" rows={national} title={t("recentNationalTitle")} />
    </div>
  );
}
