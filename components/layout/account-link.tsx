import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { sessionHint } from "@/lib/auth/session";

/** The header's last link: sign in, or the way back to one's own space once signed in. */
export async function AccountLink({ className }: { className: string }) {
  const t = await getTranslations("Layout");
  const who = await sessionHint();
  const [href, label] = who === "STAFF" ? ["/can-bo", t("backOffice")] : who === "RESIDENT" ? ["/tai-khoan", t("account")] : ["/dang-nhap", t("signIn")];
  return (
    <Link href={href} className={className}>
      {label}
    </Link>
  );
}
