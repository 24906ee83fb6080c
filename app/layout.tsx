import type { ReactNode } from "react";

// The document (<html lang>, header, footer) is drawn by app/[locale]/layout.tsx, which knows the
// page's language from its path (docs/architecture.md, "Caching"), and, for an address no page
// answers, by app/not-found.tsx. This top level only holds that not-found document.
export default function TopLayout({ children }: { children: ReactNode }) {
  return children;
}
