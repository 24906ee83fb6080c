import { getTranslations } from "next-intl/server";
import type { TFieldRow, TParameterRow, TReferenceOperation } from "@/lib/api/reference";

/**
 * One endpoint of the open data API, as its OpenAPI document describes it: what to send, what
 * comes back, and an example. Server-rendered; wide tables scroll inside a focusable region.
 */
export async function OperationReference({ operation }: { operation: TReferenceOperation }) {
  const t = await getTranslations("ApiReference");
  const headingId = `api-${operation.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-10 border-t-2 border-brand-100 pt-6">
      <h2 id={headingId} className="text-2xl font-bold">
        {operation.summary}
      </h2>
      <p className="mt-2 font-mono text-base break-all">
        <span className="mr-2 rounded border border-brand-700 px-2 py-0.5 font-semibold text-brand-900">{operation.method}</span>
        {operation.path}
      </p>
      <p className="mt-2 text-sm">
        <span className="font-semibold">{operation.isPublic ? t("noAuth") : t("auth")}</span>
        <span className="text-muted"> · {t("cacheControl", { value: operation.cacheControl })}</span>
      </p>
      {operation.description ? <p className="mt-3">{operation.description}</p> : null}

      <h3 className="mt-6 text-xl font-semibold">{t("parameters")}</h3>
      {operation.parameters.length === 0 ? <p className="mt-2">{t("noParameters")}</p> : <ParameterTable id={`${headingId}-parameters`} caption={`${t("parameters")} (${operation.method} ${operation.path})`} rows={operation.parameters} />}

      {operation.body ? (
        <>
          <h3 className="mt-6 text-xl font-semibold">{t("requestBody", { mediaType: operation.body.mediaType })}</h3>
          <FieldTable id={`${headingId}-body`} caption={`${t("requestBody", { mediaType: operation.body.mediaType })} (${operation.method} ${operation.path})`} rows={operation.body.fields} />
        </>
      ) : null}

      <h3 className="mt-6 text-xl font-semibold">{t("responses")}</h3>
      <dl className="mt-2">
        {operation.responses.map((response) => (
          <div key={response.status} className="mt-3">
            <dt className="font-semibold">
              <span className="font-mono">{response.status}</span> {response.description}
            </dt>
            <dd className="ml-0">
              {response.fields.length > 0 ? (
                // Long lists of fields fold away (natively, no script): the page stays readable on a phone.
                <details className="mt-1">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700">{t("fieldsSummary", { count: response.fields.length })}</summary>
                  <FieldTable id={`${headingId}-${response.status}`} caption={`${response.status} ${response.description} (${operation.method} ${operation.path})`} rows={response.fields} />
                </details>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>

      <h3 className="mt-6 text-xl font-semibold">{t("example")}</h3>
      <div role="region" tabIndex={0} aria-label={`${t("example")}: ${operation.method} ${operation.path}`} className="mt-2 overflow-x-auto rounded border border-line bg-surface">
        <pre className="p-3 text-sm">
          <code>{operation.example}</code>
        </pre>
      </div>
    </section>
  );
}

async function ParameterTable({ id, caption, rows }: { id: string; caption: string; rows: TParameterRow[] }) {
  const t = await getTranslations("ApiReference");
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="mt-2 overflow-x-auto rounded border border-line">
      <table className="w-full border-collapse text-left text-sm">
        <caption id={id} className="sr-only">
          {caption}
        </caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="px-3 py-2">{t("name")}</th>
            <th scope="col" className="px-3 py-2">{t("location")}</th>
            <th scope="col" className="px-3 py-2">{t("type")}</th>
            <th scope="col" className="px-3 py-2">{t("required")}</th>
            <th scope="col" className="px-3 py-2">{t("description")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.in}-${row.name}`} className="border-t border-line align-top">
              <th scope="row" className="px-3 py-2 font-mono font-semibold whitespace-nowrap">{row.name}</th>
              <td className="px-3 py-2">{t(`in.${row.in}`)}</td>
              <td className="min-w-32 px-3 py-2 font-mono break-words">{row.type}</td>
              <td className="px-3 py-2">{row.required ? t("yes") : t("no")}</td>
              <td className="min-w-48 px-3 py-2">
                {row.description ?? "—"}
                {row.example !== null ? (
                  <>
                    {" "}
                    <span className="text-muted">
                      ({t("example")}: <code>{row.example}</code>)
                    </span>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function FieldTable({ id, caption, rows }: { id: string; caption: string; rows: TFieldRow[] }) {
  const t = await getTranslations("ApiReference");
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="mt-2 overflow-x-auto rounded border border-line">
      <table className="w-full border-collapse text-left text-sm">
        <caption id={id} className="sr-only">
          {caption}
        </caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="px-3 py-2">{t("field")}</th>
            <th scope="col" className="px-3 py-2">{t("type")}</th>
            <th scope="col" className="px-3 py-2">{t("required")}</th>
            <th scope="col" className="px-3 py-2">{t("description")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className="border-t border-line align-top">
              <th scope="row" className="px-3 py-2 font-mono font-semibold whitespace-nowrap" style={{ paddingLeft: `${0.75 + row.depth}rem` }}>
                {row.name}
              </th>
              <td className="min-w-32 px-3 py-2 font-mono break-words">
                {row.type}
                {row.nullable ? <span className="font-sans text-muted"> ({t("nullable")})</span> : null}
              </td>
              <td className="px-3 py-2">{row.required ? t("yes") : t("no")}</td>
              <td className="min-w-48 px-3 py-2">{row.description ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
