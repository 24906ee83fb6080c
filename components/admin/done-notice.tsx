import { Alert } from "@/components/ui/alert";

/** What the last form did, said once after it (the page is reached by a redirect with ?xong=…). */
export function DoneNotice({ title, children }: { title: string; children: React.ReactNode }) {
  return <Alert tone="success" title={title} titleAs="h2" className="mb-4">{children}</Alert>;
}
