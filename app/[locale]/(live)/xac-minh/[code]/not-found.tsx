import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { CodeForm } from "@/components/verification/code-form";

/** An unknown or malformed verification code: one plain answer, whichever it was (status 404). */
export default async function PaperNotFound() {
  const t = await getTranslations("Verification");
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <Alert tone="error" title={t("notFound")} className="mt-6">
        <p>{t("notFoundAdvice")}</p>
      </Alert>
      <h2 className="mt-8 text-xl font-semibold">{t("tryAnother")}</h2>
      <CodeForm className="mt-3" />
    </div>
  );
}
