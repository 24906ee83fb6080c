import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { Alert } from "@/components/ui/alert";
import { invitationByToken } from "@/lib/admin/invite-officer";
import { formatDate } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("activateTitle"), robots: { index: false }, referrer: "no-referrer" };
}

/** The invited officer's page: no session, the one-time link is the proof. They set a password here. */
export default async function ActivatePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("Admin");
  const invitation = await invitationByToken(token, new Date());
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("activateTitle")}</h1>
      {!invitation ? (
        <Alert tone="warning" title={t("activateInvalidTitle")} className="mt-4">{t("activateInvalid")}</Alert>
      ) : (
        <>
          <p className="mt-3">
            {t("activateLead", { name: invitation.fullName, role: t(`role_${invitation.officerRole}`), unit: invitation.unitName, agency: invitation.agencyName })}
          </p>
          <p className="mt-2 font-semibold">{t("activateEmail", { email: invitation.email })}</p>
          <p className="mt-1 text-muted">{t("activateExpires", { date: formatDate(invitation.expiresAt) })}</p>
          <div className="mt-6">
            <AdminForm
              kind="accept" id="activate" errorTitle={t("errorTitle")} hidden={{ token }}
              fields={[
                { type: "password", name: "password", label: t("password"), hint: t("passwordHint"), autoComplete: "new-password" },
                { type: "password", name: "confirm", label: t("confirm"), autoComplete: "new-password" },
              ]}
              buttons={[{ intent: "ACCEPT", label: t("activateSubmit") }]}
            />
          </div>
        </>
      )}
    </div>
  );
}
