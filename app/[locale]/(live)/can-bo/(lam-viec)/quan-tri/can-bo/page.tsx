import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { AgencyPicker } from "@/components/admin/agency-picker";
import { DoneNotice } from "@/components/admin/done-notice";
import { adminPage, firstParam, type SearchParams } from "@/lib/admin/page-context";
import { activeUnitsOf, officersOf, pendingInvitations } from "@/lib/admin/queries";
import { OFFICER_ROLES } from "@/lib/admin/rules";
import { agenciesToPick } from "@/lib/admin/scope";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("officersTitle"), robots: { index: false } };
}

const DONE = ["moi", "thu-hoi"] as const;

export default async function OfficersPage({ searchParams }: { searchParams: SearchParams }) {
  const { agency, agencyQuery, params } = await adminPage("/can-bo/quan-tri/can-bo", searchParams);
  const t = await getTranslations("Admin");
  if (!agency) {
    return (
      <div>
        <h1 className="text-2xl font-bold">{t("officersTitle")}</h1>
        <div className="mt-3"><AdminNav agencyQuery="" /></div>
        <AgencyPicker agencies={await agenciesToPick()} action="/can-bo/quan-tri/can-bo" />
      </div>
    );
  }
  const now = new Date();
  const [officers, invitations, units] = await Promise.all([officersOf(agency.id), pendingInvitations(agency.id, now), activeUnitsOf(agency.id)]);
  const done = firstParam(params.xong);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("officersTitle")}</h1>
      <p className="mt-1 text-muted">{t("agencyOf", { name: agency.name })}</p>
      <div className="mt-3"><AdminNav agencyQuery={agencyQuery} /></div>
      {(DONE as readonly string[]).includes(done) ? <DoneNotice title={t("doneTitle")}>{t(`done_${done as (typeof DONE)[number]}`)}</DoneNotice> : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("officersCaption", { agency: agency.name })}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-2">{t("colName")}</th>
              <th scope="col" className="p-2">{t("colEmail")}</th>
              <th scope="col" className="p-2">{t("colUnit")}</th>
              <th scope="col" className="p-2">{t("colRole")}</th>
              <th scope="col" className="p-2">{t("colSecondFactor")}</th>
              <th scope="col" className="p-2">{t("colStatus")}</th>
              <th scope="col" className="p-2">{t("officerLastSignIn")}</th>
            </tr>
          </thead>
          <tbody>
            {officers.map((officer) => (
              <tr key={officer.id} className="border-b">
                <td className="p-2"><Link href={`/can-bo/quan-tri/can-bo/${officer.id}`}>{officer.fullName}</Link></td>
                <td className="p-2">{officer.email}</td>
                <td className="p-2">{officer.unitName ?? t("notSpecified")}</td>
                <td className="p-2">{officer.officerRole ? t(`role_${officer.officerRole}`) : t("notSpecified")}</td>
                <td className="p-2">{officer.hasSecondFactor ? t("secondFactorOn") : t("secondFactorOff")}</td>
                <td className="p-2">{officer.isActive ? t("active") : t("inactive")}</td>
                <td className="p-2">{officer.lastSignInAt ? formatDateTime(officer.lastSignInAt) : t("never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {invitations.length > 0 ? (
        <section aria-labelledby="invitations" className="mt-6">
          <h2 id="invitations" className="text-xl font-bold">{t("invitationsTitle")}</h2>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("invitationsCaption")}</caption>
              <thead>
                <tr className="border-b">
                  <th scope="col" className="p-2">{t("colName")}</th>
                  <th scope="col" className="p-2">{t("colEmail")}</th>
                  <th scope="col" className="p-2">{t("colUnit")}</th>
                  <th scope="col" className="p-2">{t("colRole")}</th>
                  <th scope="col" className="p-2">{t("colExpires")}</th>
                  <th scope="col" className="p-2">{t("colAction")}</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id} className="border-b align-top">
                    <td className="p-2">{invitation.fullName}</td>
                    <td className="p-2">{invitation.email}</td>
                    <td className="p-2">{invitation.unitName}</td>
                    <td className="p-2">{t(`role_${invitation.officerRole}`)}</td>
                    <td className="p-2">{formatDate(invitation.expiresAt)}</td>
                    <td className="p-2">
                      <AdminForm
                        id={`revoke-${invitation.id}`} errorTitle={t("errorTitle")} hidden={{ invitationId: invitation.id, agencyId: agency.id }}
                        buttons={[{ intent: "REVOKE_INVITATION", label: t("revoke"), variant: "secondary" }]}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <div className="mt-6 max-w-xl">
        <AdminForm
          id="invite" title={t("inviteTitle")} description={t("inviteLead")} errorTitle={t("errorTitle")} hidden={{ agencyId: agency.id }}
          fields={[
            { type: "text", name: "fullName", label: t("fullName"), autoComplete: "off" },
            { type: "email", name: "email", label: t("email"), autoComplete: "off" },
            { type: "select", name: "unitId", label: t("unit"), emptyOption: t("chooseOne"), options: units.map((unit) => ({ value: unit.id, label: `${unit.code} · ${unit.name}` })) },
            { type: "select", name: "officerRole", label: t("role"), emptyOption: t("chooseOne"), options: OFFICER_ROLES.map((role) => ({ value: role, label: t(`role_${role}`) })) },
          ]}
          buttons={[{ intent: "INVITE", label: t("inviteSubmit") }]}
        />
      </div>
    </div>
  );
}
