import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/verification/code-form";
import { formatVerificationCode, parseVerificationCode, VERIFICATION_PATH } from "@/lib/verification/codes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Verification");
  return { title: t("title") };
}

/**
 * Where one types the verification code printed under a paper's QR code; a well-formed code goes
 * on to its page (/xac-minh/<code>), which says whether the paper was issued here.
 */
export default async function VerifyCodePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const t = await getTranslations("Verification");
  const typed = typeof query.ma === "string" ? query.ma.slice(0, 80) : "";
  const code = typed ? parseVerificationCode(typed) : null;
  if (code) redirect(`${VERIFICATION_PATH}/${formatVerificationCode(code)}`);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("lead")}</p>
      <p className="mt-2 text-sm text-muted">{t("privacy")}</p>
      <CodeForm defaultValue={typed} error={typed ? t("codeInvalid") : undefined} className="mt-6" />
    </div>
  );
}
