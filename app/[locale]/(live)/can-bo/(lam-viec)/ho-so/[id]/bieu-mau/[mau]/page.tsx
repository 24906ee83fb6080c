import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FormSheetView } from "@/components/forms/form-sheet";
import { PrintButton } from "@/components/forms/print-button";
import { ReceiptSheet } from "@/components/forms/receipt-sheet";
import { buttonClasses } from "@/components/ui/button";
import { requireOfficer } from "@/lib/auth/staff";
import { recordAccess } from "@/lib/back-office/dossier-view";
import { loadDossierForm } from "@/lib/forms/dossier-forms";
import { isDossierForm } from "@/lib/forms/types";

type Params = { params: Promise<{ id: string; mau: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { mau } = await params;
  const t = await getTranslations("Forms");
  return { title: isDossierForm(mau) ? t("formLabel", { number: mau, name: t(`name${mau}`) }) : undefined };
}

/**
 * Forms 01–05 of a dossier, to print on A5 or download as the PDF that says the same. A dossier out
 * of the officer's scope, and a form the dossier does not have, are "not found"; a view is recorded.
 */
export default async function DossierFormPage({ params }: Params) {
  const { id, mau } = await params;
  const { actor } = await requireOfficer(`/can-bo/ho-so/${id}/bieu-mau/${mau}`);
  if (!isDossierForm(mau)) notFound();
  const loaded = await loadDossierForm(actor, id, mau, new Date());
  if (!loaded) notFound();
  // The form shows the applicant's personal data: the applicant sees that this unit looked.
  await recordAccess(actor, id, "VIEW", `Mẫu ${mau}`);
  const t = await getTranslations("Forms");
  return (
    <div>
      <div className="print:hidden">
        <h1 className="text-2xl font-bold">{t("formLabel", { number: mau, name: t(`name${mau}`) })}</h1>
        <p className="mt-1 font-mono" data-testid="dossier-label">{loaded.dossierLabel}</p>
        <nav aria-label={t("formsNav")} className="mt-3">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {loaded.available.map((number) => (
              <li key={number}>
                <Link
                  href={`/can-bo/ho-so/${id}/bieu-mau/${number}`}
                  aria-current={number === mau ? "page" : undefined}
                  className="inline-flex min-h-11 items-center aria-[current=page]:font-bold aria-[current=page]:no-underline"
                >
                  {t("formLabel", { number, name: t(`name${number}`) })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <PrintButton label={t("print")} />
          <a href={`/api/can-bo/ho-so/${id}/bieu-mau/${mau}`} className={buttonClasses("secondary")}>
            {t("downloadPdf")}
          </a>
        </div>
        <p className="mt-2 text-sm text-muted">{t("printHint")}</p>
      </div>
      {loaded.form === "01" ? (
        <ReceiptSheet receipt={loaded.receipt} titleLevel="h2" />
      ) : (
        loaded.sheets.map((sheet, index) => <FormSheetView key={index} sheet={sheet} />)
      )}
    </div>
  );
}
