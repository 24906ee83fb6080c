import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { PaperFacts } from "@/components/verification/paper-facts";
import { ReceiptLookupForm } from "@/components/verification/receipt-lookup-form";
import { ResultFileCheck } from "@/components/verification/result-file-check";
import { clientKey } from "@/lib/auth/session";
import { verifyPaper } from "@/lib/verification/verify-paper";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Verification");
  return { title: t("title") };
}

/**
 * The public verification of a paper the portal issued (a result document or a receipt), reached
 * by its QR code: who issued it, when, for which procedure, and the issued file's SHA-256 to check
 * a file against. Nothing personal. An unknown or malformed code answers 404 with one plain
 * sentence (not-found.tsx).
 */
export default async function VerifyPaperPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const t = await getTranslations("Verification");
  const english = (await getLocale()) === "en";
  const answer = await verifyPaper({ code: safeDecode(code), clientKey: await clientKey(), now: new Date() });
  if (answer.status === "NOT_FOUND") notFound();
  if (answer.status === "RATE_LIMITED") {
    return (
      <div className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <Alert tone="warning" title={t("rateLimited")} className="mt-6" />
      </div>
    );
  }
  const { paper } = answer;
  const pasted = typeof query.sha256 === "string" ? query.sha256 : undefined;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <Alert tone="success" titleAs="h2" className="mt-6" title={`${t("issuedMark")} ${paper.kind === "RESULT" ? t("issuedResult") : t("issuedReceipt")}`}>
        <PaperFacts paper={paper} english={english} />
      </Alert>
      {paper.kind === "RESULT" ? <ResultFileCheck sha256={paper.sha256} isStamped={paper.isStamped} pasted={pasted} /> : <ReceiptLookupForm dossierCode={paper.dossierCode} />}
      <p className="mt-8 text-sm text-muted">{t("privacy")}</p>
    </div>
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
