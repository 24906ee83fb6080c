import type { Metadata } from "next";
import type { ReactNode } from "react";

// The verification pages are looked up by a code printed on a paper: never indexed, and the code in
// the address is never sent on to another site (docs/domain/verification.md).
export const metadata: Metadata = { referrer: "no-referrer", robots: { index: false, follow: false } };

export default function VerificationLayout({ children }: { children: ReactNode }) {
  return children;
}
