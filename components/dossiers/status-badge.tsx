import { getTranslations } from "next-intl/server";
import { Badge, type TBadgeTone } from "@/components/ui/badge";

const TONES: Record<string, TBadgeTone> = {
  DRAFT: "neutral", SUBMITTED: "info", SUPPLEMENT_BEFORE_RECEIPT: "warning", RECEIVED: "info", REFUSED: "neutral", IN_PROCESSING: "info",
  SUPPLEMENT_REQUESTED: "warning", AWAITING_PAYMENT: "warning", WITHDRAWN: "neutral", STOPPED: "neutral", RESOLVED: "success", RETURNED: "success",
};

/** The status in words (the colour only repeats it). */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("DossierStatus");
  return <Badge tone={TONES[status] ?? "neutral"}>{t(status as "DRAFT")}</Badge>;
}

export async function OverdueBadge() {
  const t = await getTranslations("Dossier");
  return (
    <span className="inline-flex items-center gap-1 rounded border border-danger-800 bg-danger-50 px-2 py-0.5 text-sm font-semibold text-danger-800">
      <span aria-hidden="true">!</span> {t("overdue")}
    </span>
  );
}
