import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RegisterOrganizationForm } from "@/components/organizations/forms";
import { requireResident } from "@/lib/auth/session";
import { myOrganizations } from "@/lib/organizations/queries";
import { formatTaxCode } from "@/lib/organizations/tax-code";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Business");
  return { title: t("title") };
}

export default async function BusinessesPage() {
  const user = await requireResident("/doanh-nghiep");
  const t = await getTranslations("Business");
  const memberships = await myOrganizations(user.id);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("lead")}</p>
      {memberships.length > 0 ? (
        <ul className="mt-6 flex flex-col gap-3">
          {memberships.map(({ organization, role }) => (
            <li key={organization.id} className="rounded-lg border border-muted/40 p-4">
              <Link href={`/doanh-nghiep/${organization.id}`} className="text-lg font-semibold">
                {organization.name}
              </Link>
              <p className="text-sm">
                {t("taxCode")} {formatTaxCode(organization.taxCode)} · {role === "OWNER" ? t("owner") : t("member")}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6">{t("none")}</p>
      )}
      <section aria-labelledby="register-heading" className="mt-10 border-t border-muted/40 pt-6">
        <h2 id="register-heading" className="text-xl font-semibold">
          {t("registerTitle")}
        </h2>
        <p className="mt-2 mb-4">{t("registerLead")}</p>
        <RegisterOrganizationForm
          texts={{
            taxCode: t("taxCodeLabel"), taxCodeHint: t("taxCodeHint"), name: t("nameLabel"), address: t("addressLabel"), submit: t("register"),
            errors: { taxCode: t("errorTaxCode"), taken: t("errorTaken"), name: t("errorName"), address: t("errorAddress") },
          }}
        />
      </section>
    </div>
  );
}
