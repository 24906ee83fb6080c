"use client";
// Unexpected errors: a generic message, never the error's own text (docs/development.md); the
// digest lets support find the full error in the server logs.
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("ErrorPage");
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("body")}</p>
      {digest ? <p className="mt-2 text-sm text-muted">{t("reference", { digest })}</p> : null}
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <button type="button" onClick={() => retry()} className={buttonClasses("primary")}>
          {t("retry")}
        </button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load: the error may sit in the client router's state. */}
        <a href="/" className={buttonClasses("secondary")}>
          {t("home")}
        </a>
      </div>
    </div>
  );
}
