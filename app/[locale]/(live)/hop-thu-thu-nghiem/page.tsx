import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { isDevelopmentMailbox, latestMailboxMessages } from "@/lib/mail/mailbox";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Mailbox");
  return { title: t("title"), robots: { index: false } };
}

export const dynamic = "force-dynamic";

/** The development mailbox: what the portal would have sent by email or SMS. Absent in production. */
export default async function MailboxPage() {
  if (!isDevelopmentMailbox()) notFound();
  const t = await getTranslations("Mailbox");
  const messages = await latestMailboxMessages();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("lead")}</p>
      {messages.length === 0 ? <p className="mt-6">{t("empty")}</p> : null}
      <ol className="mt-6 space-y-4">
        {messages.map((message) => (
          <li key={message.id} className="rounded-lg border border-muted/40 p-4">
            <p className="text-sm text-muted">
              {message.channel === "sms" ? "SMS" : "Email"} · {t("to")} <span data-testid="mail-recipient">{message.recipient}</span> ·{" "}
              {formatDateTime(message.sentAt)}
            </p>
            {message.subject ? <h2 className="mt-1 text-lg font-semibold">{message.subject}</h2> : null}
            <pre className="mt-2 font-sans whitespace-pre-wrap">{message.body}</pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
