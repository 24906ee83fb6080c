import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OverdueBadge, StatusBadge } from "@/components/dossiers/status-badge";
import { InviteForm } from "@/components/organizations/forms";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireResident } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { organizationDashboard, organizationForMember } from "@/lib/organizations/manage";
import { formatTaxCode } from "@/lib/organizations/tax-code";
import { removeMemberAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Business");
  return { title: t("dashboardTitle") };
}

const SHOWN = ["SUBMITTED", "RECEIVED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT", "RESOLVED", "RETURNED", "REFUSED", "WITHDRAWN", "STOPPED"] as const;

export default async function BusinessDashboardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requireResident(`/doanh-nghiep/${id}`);
  const organization = await organizationForMember(user.id, id);
  if (!organization) notFound();
  const t = await getTranslations("Business");
  const ts = await getTranslations("DossierStatus");
  const english = (await getLocale()) === "en";
  const { counts, due } = await organizationDashboard(organization.id, new Date());
  const isOwner = organization.myRole === "OWNER";
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      {query["da-tham-gia"] === "1" ? <Alert tone="success" title={t("joined")} className="mb-4" /> : null}
      <h1 className="text-3xl font-bold">{organization.name}</h1>
      <p className="mt-1">
        {t("taxCode")} {formatTaxCode(organization.taxCode)}
        {organization.address ? ` · ${organization.address}` : ""}
      </p>
      <p className="mt-3">
        <Link href={`/ho-so?to_chuc=${organization.id}`}>{t("allDossiers")}</Link>
      </p>
      <section aria-labelledby="counts-heading" className="mt-8">
        <h2 id="counts-heading" className="text-xl font-semibold">
          {t("countsTitle")}
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
          {SHOWN.map((status) => (
            <div key={status} className="rounded-md border border-muted/40 p-3">
              <dt className="text-sm">{ts(status)}</dt>
              <dd className="text-2xl font-bold tabular-nums">{counts[status] ?? 0}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="due-heading" className="mt-8">
        <h2 id="due-heading" className="text-xl font-semibold">
          {t("dueTitle")}
        </h2>
        {due.length === 0 ? <p className="mt-2">{t("dueNone")}</p> : null}
        <ul className="mt-3 flex flex-col gap-2">
          {due.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center gap-2 rounded-md border border-muted/40 p-3">
              <StatusBadge status={row.status} />
              {row.isOverdue ? <OverdueBadge /> : null}
              <Link href={`/ho-so/${row.id}`}>{english && row.procedure.nameEn ? row.procedure.nameEn : row.procedure.name}</Link>
              <span className="text-sm">
                {row.code ?? row.reference} · {t("appointment")} {row.dueAt ? formatDate(row.dueAt) : "—"}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="members-heading" className="mt-8">
        <h2 id="members-heading" className="text-xl font-semibold">
          {t("membersTitle")}
        </h2>
        <ul className="mt-3 flex flex-col gap-2">
          {organization.members.map((member) => (
            <li key={member.user.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-muted/40 p-3">
              <span>
                <strong>{member.user.fullName || member.user.email}</strong> · {member.role === "OWNER" ? t("owner") : t("member")}
              </span>
              {isOwner && member.user.id !== user.id ? (
                <form action={removeMemberAction.bind(null, organization.id)}>
                  <input type="hidden" name="memberId" value={member.user.id} />
                  <Button type="submit" variant="secondary" className="min-h-10 px-3 py-1 text-sm">
                    {t("remove")} <span className="sr-only">{member.user.fullName}</span>
                  </Button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
        {isOwner ? (
          <div className="mt-6">
            <InviteForm
              organizationId={organization.id}
              texts={{ email: t("inviteEmail"), hint: t("inviteHint"), submit: t("invite"), sent: t("inviteSent"), errors: { email: t("errorEmail"), forbidden: t("errorForbidden") } }}
            />
          </div>
        ) : null}
      </section>
    </div>
  );
}
