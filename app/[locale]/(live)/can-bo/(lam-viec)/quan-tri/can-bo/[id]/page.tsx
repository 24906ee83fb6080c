import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { DoneNotice } from "@/components/admin/done-notice";
import { adminPage, firstParam, type SearchParams } from "@/lib/admin/page-context";
import { activeUnitsOf, officerForAdmin } from "@/lib/admin/queries";
import { OFFICER_ROLES } from "@/lib/admin/rules";
import { formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("officersTitle"), robots: { index: false } };
}

const DONE = ["khoa", "mo-khoa", "dat-lai-2fa", "chuyen"] as const;

export default async function OfficerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const page = await adminPage(`/can-bo/quan-tri/can-bo/${id}`, searchParams);
  const officer = await officerForAdmin(page.actor, id);
  if (!officer) notFound();
  const t = await getTranslations("Admin");
  const units = await activeUnitsOf(officer.agencyId);
  const agencyQuery = page.isSystem ? `?co-quan=${officer.agencyId}` : "";
  const done = firstParam(page.params.xong);
  const held = Number(firstParam(page.params["dang-giu"])) || 0;
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("officerTitle", { name: officer.fullName })}</h1>
      <p className="mt-1 text-muted">{t("agencyOf", { name: officer.agency?.name ?? "" })}</p>
      <div className="mt-3"><AdminNav agencyQuery={agencyQuery} /></div>
      {(DONE as readonly string[]).includes(done) ? (
        <DoneNotice title={t("doneTitle")}>
          <p>{t(`done_${done as (typeof DONE)[number]}`)}</p>
          {held > 0 ? <p>{t("heldAfterDeactivate", { count: held })}</p> : null}
        </DoneNotice>
      ) : null}
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("colEmail")}</dt><dd>{officer.email}</dd>
        <dt className="font-semibold">{t("colUnit")}</dt><dd>{officer.unit ? `${officer.unit.code} · ${officer.unit.name}` : t("notSpecified")}</dd>
        <dt className="font-semibold">{t("colRole")}</dt><dd>{officer.officerRole ? t(`role_${officer.officerRole}`) : t("notSpecified")}</dd>
        <dt className="font-semibold">{t("colStatus")}</dt><dd>{officer.isActive ? t("active") : t("inactive")}</dd>
        <dt className="font-semibold">{t("colSecondFactor")}</dt><dd>{officer.totpEnabledAt ? t("secondFactorOn") : t("secondFactorOff")}</dd>
        <dt className="font-semibold">{t("recoveryLeft")}</dt><dd>{officer.recoveryCodesLeft}</dd>
        <dt className="font-semibold">{t("officerLastSignIn")}</dt><dd>{officer.lastSignInAt ? formatDateTime(officer.lastSignInAt) : t("never")}</dd>
        <dt className="font-semibold">{t("officerHeld")}</dt><dd>{officer.heldDossiers}</dd>
      </dl>
      <div className="mt-6 grid max-w-3xl gap-4">
        <AdminForm
          id="officer-status" title={t("officerStatusTitle")} description={t("deactivateHint")} errorTitle={t("errorTitle")} hidden={{ officerId: officer.id }}
          buttons={[officer.isActive ? { intent: "DEACTIVATE_OFFICER", label: t("deactivate"), variant: "danger" } : { intent: "REACTIVATE_OFFICER", label: t("reactivate"), variant: "secondary" }]}
        />
        <AdminForm
          id="move" title={t("moveTitle")} description={t("moveHint")} errorTitle={t("errorTitle")} hidden={{ officerId: officer.id }}
          fields={[
            { type: "select", name: "unitId", label: t("unit"), defaultValue: officer.unit?.id, options: units.map((unit) => ({ value: unit.id, label: `${unit.code} · ${unit.name}` })) },
            { type: "select", name: "officerRole", label: t("role"), defaultValue: officer.officerRole ?? undefined, options: OFFICER_ROLES.map((role) => ({ value: role, label: t(`role_${role}`) })) },
          ]}
          buttons={[{ intent: "MOVE_OFFICER", label: t("moveSubmit"), variant: "secondary" }]}
        />
        <AdminForm
          id="second-factor" title={t("resetTitle")} description={t("resetHint")} errorTitle={t("errorTitle")} hidden={{ officerId: officer.id }}
          buttons={[{ intent: "RESET_SECOND_FACTOR", label: t("resetSubmit"), variant: "danger" }]}
        />
      </div>
      <p className="mt-6"><Link href={`/can-bo/quan-tri/can-bo${agencyQuery}`}>{t("back")}</Link></p>
    </div>
  );
}
