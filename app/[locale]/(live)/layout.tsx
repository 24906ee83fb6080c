import type { ReactNode } from "react";

// Pages about one person or one moment (dossiers, sign-in, the back office, searches, statistics
// chosen by query): rendered on every request, never kept in the cache (docs/architecture.md).
export const dynamic = "force-dynamic";

export default function LiveLayout({ children }: { children: ReactNode }) {
  return children;
}
