import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { isSameSha256, parseSha256 } from "@/lib/verification/sha256";
import { FileHashCheck } from "./file-hash-check";

/**
 * Checking a file against the issued document: the file's hash computed in the browser (a small
 * client component), or a pasted hash compared on the server (works without JavaScript).
 */
export async function ResultFileCheck({ sha256, isStamped, pasted }: { sha256: string; isStamped: boolean; pasted?: string }) {
  const t = await getTranslations("Verification");
  const isPastedValid = pasted !== undefined && parseSha256(pasted) !== null;
  return (
    <section aria-labelledby="check-title" className="mt-8">
      <h2 id="check-title" className="text-2xl font-semibold">
        {t("checkTitle")}
      </h2>
      {isStamped ? <p className="mt-2">{t("paperNote")}</p> : null}
      <div className="mt-4">
        <FileHashCheck
          expectedSha256={sha256}
          texts={{
            label: t("fileLabel"), hint: t("checkLead"), computing: t("computing"), matches: t("fileMatches"), differs: t("fileDiffers"),
            fileHash: t("fileHash"), unavailable: t("fileUnavailable"), error: t("fileError"),
          }}
        />
      </div>
      <form method="get" className="mt-6 flex flex-col gap-4 sm:flex-row sm:items-end">
        <TextInput
          id="verify-hash"
          name="sha256"
          label={t("hashLabel")}
          hint={t("hashHint")}
          error={pasted !== undefined && !isPastedValid ? t("hashInvalid") : undefined}
          defaultValue={pasted}
          className="flex-1"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          inputClassName="font-mono"
        />
        <Button type="submit">{t("hashSubmit")}</Button>
      </form>
      {isPastedValid ? (
        <Alert tone={isSameSha256(pasted, sha256) ? "success" : "error"} title={isSameSha256(pasted, sha256) ? t("hashMatches") : t("hashDiffers")} className="mt-4" />
      ) : null}
    </section>
  );
}
