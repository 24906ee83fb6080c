import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OperationReference } from "@/components/api/operation-reference";
import { openApiDocument } from "@/lib/api/document";
import { apiMessage } from "@/lib/api/messages";
import { referenceOperations } from "@/lib/api/reference";
import { ERRORS } from "@/lib/errors";
import type { TApiLanguage } from "@/lib/http/accept-language";
import type { TApiErrorBody } from "@/lib/http/api-response";
import { pageLocale } from "@/lib/i18n/page-locale";

type TParams = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("ApiReference");
  return { title: t("metaTitle") };
}

/** What a client gets for ?page=0, in the page's language: the API's own texts. */
function errorExample(locale: TApiLanguage): string {
  const body: TApiErrorBody = { code: "VALIDATION", message: ERRORS.VALIDATION[locale], errors: { page: apiMessage(locale, "tooSmallNumber", { minimum: 1 }) } };
  return JSON.stringify(body, null, 2);
}

/**
 * The open data API's reference (dữ liệu mở), read from the same OpenAPI document the API serves:
 * every endpoint with its parameters, response fields and an example request. No client script.
 */
export default async function OpenDataPage({ params }: TParams) {
  await pageLocale(params);
  const t = await getTranslations("ApiReference");
  const locale = (await getLocale()) === "en" ? "en" : "vi";
  const operations = referenceOperations(openApiDocument(), locale);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("lead")}</p>
      <p className="mt-4">
        <a href="/api/v1/openapi.json" className="font-semibold" type="application/json">
          {t("documentLink")}
        </a>
      </p>
      <p className="mt-1 text-muted">{t("documentNote")}</p>

      <section aria-labelledby="api-conventions" className="mt-8">
        <h2 id="api-conventions" className="text-2xl font-bold">
          {t("conventionsTitle")}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>{t("conventionJson")}</li>
          <li>{t("conventionLanguage")}</li>
          <li>{t("conventionErrors")}</li>
          <li>{t("conventionCaching")}</li>
          <li>{t("conventionCors")}</li>
        </ul>
        <div role="region" tabIndex={0} aria-label={t("errorExample")} className="mt-3 overflow-x-auto rounded border border-line bg-surface">
          <pre className="p-3 text-sm">
            <code>{errorExample(locale)}</code>
          </pre>
        </div>
      </section>

      <nav aria-labelledby="api-contents" className="mt-8">
        <h2 id="api-contents" className="text-2xl font-bold">
          {t("contentsTitle")}
        </h2>
        <ul className="mt-3 space-y-1">
          {operations.map((operation) => (
            <li key={operation.id}>
              <a href={`#api-${operation.id}`} className="inline-flex min-h-11 items-center gap-2">
                <span className="font-mono">
                  {operation.method} {operation.path}
                </span>
                <span>— {operation.summary}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {operations.map((operation) => (
        <OperationReference key={operation.id} operation={operation} />
      ))}

    </div>
  );
}
