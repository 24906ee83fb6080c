import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CodeEntryForm } from "@/components/auth/code-entry-form";
import { safeReturnPath } from "@/lib/auth/session";
import { isDevelopmentMailbox } from "@/lib/mail/mailbox";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("codeTitle") };
}

export default async function CodePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("SignIn");
  const params = await searchParams;
  const requestId = typeof params.yc === "string" && /^[0-9a-f-]{36}$/.test(params.yc) ? params.yc : "";
  const next = safeReturnPath(Array.isArray(params.next) ? params.next[0] : params.next, "/ho-so");
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("codeTitle")}</h1>
      <p className="mt-3">{t("codeLead")}</p>
      {isDevelopmentMailbox() ? (
        <p className="mt-3 rounded-md bg-warning-50 p-3">
          {t.rich("devMailbox", { link: (chunks) => <Link href="/hop-thu-thu-nghiem" target="_blank">{chunks}</Link> })}
        </p>
      ) : null}
      <div className="mt-6">
        <CodeEntryForm
          requestId={requestId}
          next={next}
          texts={{ label: t("codeLabel"), hint: t("codeHint"), submit: t("codeSubmit"), errorCode: t("errorCode"), errorInvalid: t("errorInvalid") }}
        />
      </div>
      <p className="mt-6">
        <Link href={`/dang-nhap?next=${encodeURIComponent(next)}`}>{t("codeAgain")}</Link>
      </p>
    </div>
  );
}
