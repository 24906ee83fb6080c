import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TProcedureDetail } from "@/lib/procedures/queries";
import { useProcedureText } from "./use-procedure-text";

type TDocument = TProcedureDetail["requiredDocuments"][number];

/** Documents grouped by the sub-case they belong to, in the published order. */
function groupDocuments(documents: TDocument[]): { name: string | null; documents: TDocument[] }[] {
  const groups = new Map<string | null, TDocument[]>();
  for (const document of documents) {
    const key = document.groupName?.trim() || null;
    groups.set(key, [...(groups.get(key) ?? []), document]);
  }
  return [...groups].map(([name, grouped]) => ({ name, documents: grouped }));
}

export function RequiredDocuments({ documents, headingId }: { documents: TDocument[]; headingId: string }) {
  const t = useTranslations("Procedure");
  const { sourceLang } = useProcedureText();
  if (documents.length === 0) return <p className="mt-3">{t("documentsNone")}</p>;
  return (
    <div className="mt-3 grid gap-6">
      {groupDocuments(documents).map((group, index) => {
        const groupId = `${headingId}-group-${index}`;
        return (
          <section key={groupId} aria-labelledby={groupId}>
            <h3 id={groupId} className="text-lg font-semibold">
              {group.name ? <span lang={sourceLang}>{group.name}</span> : t("documentsDefaultGroup")}{" "}
              <span className="font-normal text-muted">({t("documentsCount", { count: group.documents.length })})</span>
            </h3>
            <ol className="mt-2 grid list-decimal gap-3 pl-6 marker:font-semibold">
              {group.documents.map((document) => {
                const counts = [
                  document.originals > 0 ? t("docOriginals", { count: document.originals }) : null,
                  document.certifiedCopies > 0 ? t("docCertifiedCopies", { count: document.certifiedCopies }) : null,
                  document.copies > 0 ? t("docCopies", { count: document.copies }) : null,
                ].filter((count): count is string => count !== null);
                return (
                  <li key={document.position} className="pl-1">
                    <p>
                      <span lang={sourceLang}>{document.name}</span>{" "}
                      {document.isRequired ? null : <Badge tone="neutral">{t("docOptional")}</Badge>}
                    </p>
                    {counts.length > 0 ? (
                      <p className="text-sm text-muted">
                        {t("docQuantityLabel")} {counts.join(", ")}
                      </p>
                    ) : document.quantityText ? (
                      <p className="text-sm text-muted">
                        {t("docQuantityLabel")}{" "}
                        <span lang={sourceLang}>{document.quantityText}</span>
                      </p>
                    ) : null}
                    {document.formName ? (
                      <p className="text-sm text-muted">
                        {t("docFormLabel")}{" "}
                        <span lang={sourceLang}>{document.formName}</span>
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
