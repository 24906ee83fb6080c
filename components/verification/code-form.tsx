import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { cx } from "@/components/ui/cx";

/** The verification code, typed as printed under the QR code; a plain GET form (no JavaScript). */
export async function CodeForm({ defaultValue = "", error, className }: { defaultValue?: string; error?: string; className?: string }) {
  const t = await getTranslations("Verification");
  return (
    <form method="get" action="/xac-minh" className={cx("flex flex-col gap-4 sm:flex-row sm:items-end", className)}>
      <TextInput
        id="verification-code"
        name="ma"
        label={t("codeLabel")}
        hint={t("codeHint")}
        error={error}
        defaultValue={defaultValue}
        className="flex-1"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={80}
      />
      <Button type="submit">{t("submit")}</Button>
    </form>
  );
}
