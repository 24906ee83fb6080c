import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireResident } from "@/lib/auth/session";
import { invitationByToken, organizationName } from "@/lib/organizations/manage";
import { acceptAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Business");
  return { title: t("invitationTitle"), referrer: "no-referrer" };
}

/** The link of an invitation email: the signed-in resident joins the organisation. */
export default async function InvitationPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await params;
  const failed = (await searchParams).loi === "1";
  await requireResident(`/doanh-nghiep/loi-moi/${token}`);
  const t = await getTranslations("Business");
  const invitation = await invitationByToken(token, new Date());
  const name = invitation ? await organizationName(invitation.organizationId) : null;
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("invitationTitle")}</h1>
      {failed || !invitation || !name ? (
        <Alert tone="warning" title={t("invitationInvalid")} className="mt-4" />
      ) : (
        <>
          <p className="mt-4">{t("invitationLead", { name })}</p>
          <form action={acceptAction.bind(null, token)} className="mt-6">
            <Button type="submit">{t("accept")}</Button>
          </form>
        </>
      )}
    </div>
  );
}
