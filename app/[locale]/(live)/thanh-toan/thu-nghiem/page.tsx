import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { sandboxCheckout } from "@/lib/payments";
import { paySandbox } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Payment");
  return { title: t("sandboxTitle"), robots: { index: false } };
}

/** The sandbox payment gateway (development and tests): stands in for the national payment platform. */
export default async function SandboxGatewayPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const paymentId = typeof query.p === "string" ? query.p : "";
  const signature = typeof query.s === "string" ? query.s : "";
  const payment = await sandboxCheckout(paymentId, signature);
  if (!payment) notFound();
  const t = await getTranslations("Payment");
  return (
    <div className="mx-auto max-w-lg px-4 py-8">
      <p className="rounded-md bg-warning-50 p-3 text-sm">{t("sandboxNote")}</p>
      <h1 className="mt-4 text-3xl font-bold">{t("sandboxTitle")}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">{t("amount")}</dt>
        <dd>{t("vnd", { amount: payment.amountVnd })}</dd>
        <dt className="font-semibold">{t("reason")}</dt>
        <dd>{payment.reason}</dd>
      </dl>
      {payment.paidAt ? (
        <p className="mt-6">
          {t("alreadyPaid")} <Link href={`/ho-so/${payment.dossierId}`}>{t("backToDossier")}</Link>
        </p>
      ) : (
        <form action={paySandbox} className="mt-6 flex flex-col gap-3 sm:flex-row">
          <input type="hidden" name="p" value={paymentId} />
          <input type="hidden" name="s" value={signature} />
          <Button type="submit">{t("pay")}</Button>
          <Link href={`/ho-so/${payment.dossierId}`} className="inline-flex min-h-12 items-center">
            {t("cancel")}
          </Link>
        </form>
      )}
    </div>
  );
}
