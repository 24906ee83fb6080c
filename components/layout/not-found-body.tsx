import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";

/**
 * What "not found" says, wherever it is drawn: the whole document the server sends
 * (app/not-found.tsx), or inside the page's layout (app/[locale]/not-found.tsx, a client component:
 * Next.js renders that boundary with every page, cached ones too, so it reads no request).
 */
export function NotFoundBody() {
  const t = useTranslations("NotFound");
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("body")}</p>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <ButtonLink href="/thu-tuc">{t("catalogue")}</ButtonLink>
        <ButtonLink href="/" variant="secondary">
          {t("home")}
        </ButtonLink>
      </div>
    </div>
  );
}
