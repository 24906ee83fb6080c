import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { signOut } from "@/app/[locale]/(live)/dang-nhap/actions";
import { requireResident } from "@/lib/auth/session";
import { signOutAllSessions } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await requireResident("/tai-khoan");
  const t = await getTranslations("Account");
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <dl className="mt-6 grid grid-cols-1 gap-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("name")}</dt>
        <dd data-testid="account-name">{user.fullName || t("noName")}</dd>
        <dt className="font-semibold">{t("email")}</dt>
        <dd>{user.email ?? t("none")}</dd>
        <dt className="font-semibold">{t("identity")}</dt>
        <dd>{user.isIdentified ? t("identified") : t("notIdentified")}</dd>
        {user.organizations.length > 0 ? (
          <>
            <dt className="font-semibold">{t("organizations")}</dt>
            <dd>
              <ul>
                {user.organizations.map((organization) => (
                  <li key={organization.id}>
                    {organization.name} ({t("taxCode")} {organization.taxCode})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/ho-so">{t("myDossiers")}</Link>
        <Link href="/thong-bao">{t("notifications")}</Link>
        <Link href="/doanh-nghiep">{t("businesses")}</Link>
      </p>
      <div className="mt-8 flex flex-col gap-3 sm:flex-row">
        <form action={signOut}>
          <Button type="submit">{t("signOut")}</Button>
        </form>
        <form action={signOutAllSessions}>
          <Button type="submit" variant="secondary">
            {t("signOutEverywhere")}
          </Button>
        </form>
      </div>
      <p className="mt-3 text-sm text-muted">{t("signOutEverywhereHint")}</p>
    </div>
  );
}
