"use client";
// Client only to know the current path (aria-current); the link itself needs no JavaScript.
import Link from "next/link";
import { visiblePath } from "@/lib/routing/locale-path";
import { usePathname } from "next/navigation";

export function NavLink({ href, label, className }: { href: string; label: string; className: string }) {
  const pathname = visiblePath(usePathname() ?? "");
  const isCurrent = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={isCurrent ? "page" : undefined} className={className}>
      {label}
    </Link>
  );
}
