import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailCodeForm } from "@/components/auth/email-code-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { getSessionUser, safeReturnPath } from "@/lib/auth/session";
import { env, hasIdentityProvider } from "@/lib/env";
import { signInWithIdentityProvider } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("SignIn");
  const params = await searchParams;
  const next = safeReturnPath(Array.isArray(params.next) ? params.next[0] : params.next, "/ho-so");
  const error = typeof params.error === "string" ? params.error : null;
  const user = await getSessionUser();
  if (user) {
    return (
      <div className="mx-auto max-w-xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-4">{t("alreadySignedIn", { name: user.fullName || user.email || "" })}</p>
        <ButtonLink href={next} className="mt-6">
          {t("continue")}
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("lead")}</p>
      {error ? (
        <Alert tone="error" title={t("errorTitle")} className="mt-4">
          <p>{error === "SessionRequired" ? t("errorSession") : t("errorGeneric")}</p>
        </Alert>
      ) : null}
      {hasIdentityProvider ? (
        <section aria-labelledby="idp-heading" className="mt-8 rounded-lg border-2 border-brand-700 p-5">
          <h2 id="idp-heading" className="text-xl font-semibold">
            {t("idpHeading", { provider: env.OIDC_NAME })}
          </h2>
          <p className="mt-2">{t("idpLead")}</p>
          <form action={signInWithIdentityProvider} className="mt-4">
            <input type="hidden" name="next" value={next} />
            <Button type="submit" className="w-full sm:w-auto">
              {t("idpButton", { provider: env.OIDC_NAME })}
            </Button>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="email-heading" className="mt-6 rounded-lg border border-muted/40 p-5">
        <h2 id="email-heading" className="text-xl font-semibold">
          {t("emailHeading")}
        </h2>
        <p className="mt-2">{t("emailLead")}</p>
        <div className="mt-4">
          <EmailCodeForm
            next={next}
            texts={{
              label: t("emailLabel"),
              hint: t("emailHint"),
              submit: t("emailSubmit"),
              errorEmail: t("errorEmail"),
              errorRateLimited: t("errorRateLimited"),
            }}
          />
        </div>
      </section>
      <p className="mt-6 text-sm text-muted">{t("noSignInNeeded")}</p>
    </div>
  );
}
