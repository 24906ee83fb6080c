import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { ZProcedureCode } from "@/lib/procedures/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("title") };
}

/** Only a procedure page is a place to come back to from here, for now. */
function procedureBackPath(next: string | string[] | undefined): string | null {
  const value = Array.isArray(next) ? next[0] : next;
  const match = /^\/thu-tuc\/([^/?#]+)$/.exec(value ?? "");
  return match && ZProcedureCode.safeParse(match[1]).success ? `/thu-tuc/${match[1]}` : null;
}

// Sign-in with VNeID comes with online filing (a later issue); this page says so plainly.
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("SignIn");
  const back = procedureBackPath((await searchParams).next);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("lead")}</p>
      <p className="mt-3">{t("noSignInNeeded")}</p>
      <p className="mt-3">{t("inPerson")}</p>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        {back ? <ButtonLink href={back}>{t("backToProcedure")}</ButtonLink> : null}
        <ButtonLink href="/thu-tuc" variant={back ? "secondary" : "primary"}>
          {t("catalogue")}
        </ButtonLink>
      </div>
    </div>
  );
}
