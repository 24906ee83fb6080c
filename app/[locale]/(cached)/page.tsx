import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProcedureSearchBox } from "@/components/procedures/procedure-search-box";
import { FieldLinks } from "@/components/procedures/field-links";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listFieldsWithCounts } from "@/lib/procedures/queries";

// Kept in Next's cache (docs/architecture.md, "Caching"): rendered on the first visit in each
// language against the database it serves (never at build time), then served from the cache. The
// counts change only with the catalogue: an administrator's action drops the page; at most a day old.
export const revalidate = 86400;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("Home");
  const fields = await listFieldsWithCounts();
  return (
    <>
      <section aria-labelledby="home-title" className="border-b border-brand-100 bg-brand-50">
        <div className="mx-auto max-w-5xl px-4 py-8 sm:py-12">
          <h1 id="home-title" className="text-3xl font-bold sm:text-4xl">
            {t("title")}
          </h1>
          <p className="mt-2 mb-6 text-lg">{t("lead")}</p>
          <ProcedureSearchBox />
        </div>
      </section>

      <section aria-labelledby="fields-title" className="mx-auto max-w-5xl px-4 py-8">
        <h2 id="fields-title" className="text-2xl font-bold">
          {t("fieldsTitle")}
        </h2>
        {fields.length === 0 ? <p className="mt-3">{t("noFields")}</p> : <FieldLinks fields={fields} />}
        <p className="mt-4">
          <Link href="/thu-tuc" className="inline-flex min-h-11 items-center font-semibold">
            {t("allProcedures")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="about-title" className="mx-auto max-w-5xl px-4 pb-4">
        <h2 id="about-title" className="text-2xl font-bold">
          {t("aboutTitle")}
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-3">
          {(["aboutFind", "aboutOnline", "aboutDesk"] as const).map((key) => (
            <li key={key} className="rounded-lg border border-line bg-white p-4">
              {t(key)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
