import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { DoneNotice } from "@/components/admin/done-notice";
import { adminPage, firstParam, type SearchParams } from "@/lib/admin/page-context";
import { unitForAdmin } from "@/lib/admin/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("unitsTitle"), robots: { index: false } };
}

const DONE = ["tao", "doi-ten", "ngung", "mo-lai"] as const;

export default async function UnitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const page = await adminPage(`/can-bo/quan-tri/don-vi/${id}`, searchParams);
  const unit = await unitForAdmin(page.actor, id);
  if (!unit) notFound();
  const t = await getTranslations("Admin");
  const agencyQuery = page.isSystem ? `?co-quan=${unit.agencyId}` : "";
  const done = firstParam(page.params.xong);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("unitTitle", { code: unit.code })}: {unit.name}</h1>
      <p className="mt-1 text-muted">{t("agencyOf", { name: unit.agency.name })} · {t(`kind_${unit.kind}`)} · {unit.isActive ? t("active") : t("inactive")}</p>
      <div className="mt-3"><AdminNav agencyQuery={agencyQuery} /></div>
      {(DONE as readonly string[]).includes(done) ? <DoneNotice title={t("doneTitle")}>{t(`done_${done as (typeof DONE)[number]}`)}</DoneNotice> : null}
      <p>{t("unitHeld", { count: unit.heldDossiers })}</p>
      <section aria-labelledby="unit-officers" className="mt-4">
        <h2 id="unit-officers" className="text-xl font-bold">{t("unitOfficersTitle")}</h2>
        <ul className="mt-2 list-disc pl-6">
          {unit.officers.map((officer) => (
            <li key={officer.id}>
              <Link href={`/can-bo/quan-tri/can-bo/${officer.id}`}>{officer.fullName}</Link>
              {officer.officerRole ? ` · ${t(`role_${officer.officerRole}`)}` : ""} · {officer.isActive ? t("active") : t("inactive")}
            </li>
          ))}
        </ul>
      </section>
      <div className="mt-6 grid max-w-3xl gap-4">
        <AdminForm
          id="rename-unit" title={t("renameTitle")} errorTitle={t("errorTitle")} hidden={{ unitId: unit.id }}
          fields={[{ type: "text", name: "name", label: t("unitName"), defaultValue: unit.name, autoComplete: "off" }]}
          buttons={[{ intent: "RENAME_UNIT", label: t("renameSubmit") }]}
        />
        <AdminForm
          id="unit-status" title={t("unitStatusTitle")} description={unit.isActive ? t("unitDeactivateHint") : undefined} errorTitle={t("errorTitle")} hidden={{ unitId: unit.id }}
          buttons={[unit.isActive ? { intent: "DEACTIVATE_UNIT", label: t("deactivateUnit"), variant: "danger" } : { intent: "REACTIVATE_UNIT", label: t("reactivateUnit"), variant: "secondary" }]}
        />
      </div>
      <p className="mt-6"><Link href={`/can-bo/quan-tri/don-vi${agencyQuery}`}>{t("back")}</Link></p>
    </div>
  );
}
