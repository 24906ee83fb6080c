"use client";
// Client only to know the current path (aria-current); the link itself needs no JavaScript.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function AdminNavLink({ path, query, label, exact, className }: { path: string; query: string; label: string; exact?: boolean; className: string }) {
  const pathname = usePathname() ?? "";
  const isCurrent = pathname === path || (!exact && pathname.startsWith(`${path}/`));
  return (
    <Link href={`${path}${query}`} aria-current={isCurrent ? "page" : undefined} className={className}>
      {label}
    </Link>
  );
}
