"use client";
// The header's last link: sign in, or the way back to one's own space once signed in. The page may
// come from Next's cache, the same for everyone, so the server always renders "Đăng nhập"; the
// browser then reads the readable `mc_who` cookie the proxy keeps in step with the session
// (proxy.ts). Without JavaScript the link stays "Đăng nhập", whose page sends a signed-in visitor on.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSyncExternalStore } from "react";
import { SESSION_HINT_COOKIE, type SessionHint } from "@/lib/routing/locale-path";

function readHint(): SessionHint | null {
  const value = document.cookie
    .split("; ")
    .find((pair) => pair.startsWith(`${SESSION_HINT_COOKIE}=`))
    ?.slice(SESSION_HINT_COOKIE.length + 1);
  return value === "STAFF" || value === "RESIDENT" ? value : null;
}

const noChanges = () => () => {};

export type AccountLinkLabels = { signIn: string; account: string; backOffice: string };

export function AccountLink({ className, labels }: { className: string; labels: AccountLinkLabels }) {
  // The header stays put while the pages change under it (signing in or out is a navigation): each
  // navigation renders the link again, and the cookie is read again.
  usePathname();
  const who = useSyncExternalStore(noChanges, readHint, () => null);
  const [href, label] = who === "STAFF" ? ["/can-bo", labels.backOffice] : who === "RESIDENT" ? ["/tai-khoan", labels.account] : ["/dang-nhap", labels.signIn];
  return (
    <Link href={href} className={className}>
      {label}
    </Link>
  );
}
