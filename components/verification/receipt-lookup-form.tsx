import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";

/**
 * From a verified receipt on to the dossier's progress: the public lookup, with the dossier code
 * filled in; the lookup code stays on the paper (holding the verification code is not enough).
 */
export async function ReceiptLookupForm({ dossierCode }: { dossierCode: string }) {
  const t = await getTranslations("Verification");
  return (
    <section aria-labelledby="lookup-title" className="mt-8">
      <h2 id="lookup-title" className="text-2xl font-semibold">
        {t("lookupTitle")}
      </h2>
      <form method="get" action="/tra-cuu" className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-end">
        <input type="hidden" name="ma" value={dossierCode} />
        <TextInput id="verify-lookup-code" name="ma-tra-cuu" label={t("lookupCode")} hint={t("lookupLead")} className="flex-1 sm:max-w-xs" autoComplete="off" spellCheck={false} maxLength={16} />
        <Button type="submit">{t("lookupSubmit")}</Button>
      </form>
    </section>
  );
}
