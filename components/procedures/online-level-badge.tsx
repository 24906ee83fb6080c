import { useTranslations } from "next-intl";
import { Badge, type TBadgeTone } from "@/components/ui/badge";
import type { OnlineLevel } from "@/prisma/generated/client";

const tones: Record<OnlineLevel | "NONE", TBadgeTone> = { FULL: "success", PARTIAL: "info", NONE: "neutral" };

export function OnlineLevelBadge({ level }: { level: OnlineLevel | null }) {
  const t = useTranslations("Enums.onlineBadge");
  const key = level ?? "NONE";
  return <Badge tone={tones[key]}>{t(key)}</Badge>;
}
