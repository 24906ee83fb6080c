import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OverdueBadge, StatusBadge } from "@/components/dossiers/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requireResident, residentActor } from "@/lib/auth/session";
import { isStatusGroup, listMyDossiers, PAGE_SIZE, STATUS_GROUPS } from "@/lib/dossiers/resident-view";
import { formatDate } from "@/lib/i18n/format";
import { unreadCount } from "@/lib/notifications/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MyDossiers");
  return { title: t("title") };
}

export default async function MyDossiersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireResident("/ho-so");
  const query = await searchParams;
  const t = await getTranslations("MyDossiers");
  const tn = await getTranslations("Notifications");
  const unread = await unreadCount(user.id);
  const english = (await getLocale()) === "en";
  const group = isStatusGroup(query.trang_thai) ? query.trang_thai : undefined;
  const organizationId = typeof query.to_chuc === "string" && user.organizations.some((organization) => organization.id === query.to_chuc) ? query.to_chuc : undefined;
  const page = Math.max(1, Math.min(1000, Number(query.trang) || 1));
  const { rows, total } = await listMyDossiers(residentActor(user), { group, organizationId, page }, new Date());
  const hrefFor = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const merged = { trang_thai: group, to_chuc: organizationId, ...changes };
    for (const [key, value] of Object.entries(merged)) if (value) params.set(key, value);
    const text = params.toString();
    return text ? `/ho-so?${text}` : "/ho-so";
  };
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="flex flex-wrap gap-4">
          <Link href="/thong-bao">{tn("unread", { count: unread })}</Link>
          {user.organizations.length > 0 ? <Link href="/doanh-nghiep">{t("businesses")}</Link> : null}
          <Link href="/tai-khoan">{user.fullName || user.email}</Link>
        </p>
      </div>
      <nav aria-label={t("filterLabel")} className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...Object.keys(STATUS_GROUPS)].map((key) => (
            <li key={key ?? "all"}>
              <Link
                href={hrefFor({ trang_thai: key, trang: undefined })}
                aria-current={group === key ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-full border border-brand-700 px-4 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {t(`group.${key ?? "all"}` as "group.all")}
              </Link>
            </li>
          ))}
        </ul>
        {user.organizations.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-2">
            {[undefined, ...user.organizations].map((organization) => (
              <li key={organization?.id ?? "all"}>
                <Link
                  href={hrefFor({ to_chuc: organization?.id, trang: undefined })}
                  aria-current={organizationId === organization?.id ? "page" : undefined}
                  className="inline-flex min-h-11 items-center rounded-full border border-muted px-4 no-underline aria-[current=page]:bg-ink aria-[current=page]:text-white"
                >
                  {organization ? organization.name : t("allApplicants")}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </nav>
      <p className="mt-4 text-sm text-muted" aria-live="polite">
        {t("count", { count: total })}
      </p>
      {rows.length === 0 ? (
        <div className="mt-6">
          <p>{t("empty")}</p>
          <ButtonLink href="/thu-tuc" className="mt-4">
            {t("findProcedure")}
          </ButtonLink>
        </div>
      ) : (
        <ul className="mt-4 flex flex-col gap-3">
          {rows.map((row) => (
            <li key={row.id} className="rounded-lg border border-muted/40 p-4">
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={row.status} />
                {row.isOverdue ? <OverdueBadge /> : null}
              </div>
              <h2 className="mt-2 text-lg font-semibold">
                <Link href={row.status === "DRAFT" ? `/nop-ho-so/${row.id}/nguoi-nop` : `/ho-so/${row.id}`}>
                  {english && row.procedure.nameEn ? row.procedure.nameEn : row.procedure.name}
                </Link>
              </h2>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="text-muted">{row.code ? t("code") : t("reference")}</dt>
                <dd className="font-mono">{row.code ?? row.reference ?? "—"}</dd>
                <dt className="text-muted">{t("agency")}</dt>
                <dd>{english && row.agency.nameEn ? row.agency.nameEn : row.agency.name}</dd>
                {row.organization ? (
                  <>
                    <dt className="text-muted">{t("organization")}</dt>
                    <dd>{row.organization.name}</dd>
                  </>
                ) : null}
                <dt className="text-muted">{row.dueAt ? t("appointment") : row.submittedAt ? t("submitted") : t("started")}</dt>
                <dd>{formatDate(row.dueAt ?? row.submittedAt ?? row.createdAt)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} hrefForPage={(target) => hrefFor({ trang: String(target) })} />
    </div>
  );
}
