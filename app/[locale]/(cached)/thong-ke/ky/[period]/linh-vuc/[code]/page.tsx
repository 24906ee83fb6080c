import { closedPeriodPageOf } from "@/app/[locale]/(live)/thong-ke/statistics-route";

// One field's statistics of a closed period, kept in Next's cache a day like its figures: the proxy sends here
// the address whose query is exactly a closed period's (lib/statistics-pages/cached-path.ts).
export const revalidate = 86400;

export function generateStaticParams(): { period: string }[] {
  return [];
}

const page = closedPeriodPageOf(({ code }) => ({ kind: "field", key: code ?? "" }));
export const generateMetadata = page.generateMetadata;
export default page.Page;
