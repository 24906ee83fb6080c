import type { DelegationListItem } from "@/lib/delegation/queries";
import type { DelegationStatus } from "@/lib/delegation/rules";

// The words for a delegation's parties and state, shared by the administration's and the public pages.

type Named = { name: string; nameEn: string | null } | null;

export const localizedName = (locale: string, row: Named): string => (row ? (locale === "en" && row.nameEn ? row.nameEn : row.name) : "");

/** The delegate as a heading or a cell says it: one agency, or the group in words. */
export function delegateName(item: Pick<DelegationListItem, "delegateGroup" | "delegateAgency">, locale: string, groupLabel: string): string {
  return item.delegateGroup ? groupLabel : localizedName(locale, item.delegateAgency);
}

export const STATUS_KEY: Record<DelegationStatus, "statusActive" | "statusUpcoming" | "statusEnded" | "statusRevoked"> = {
  ACTIVE: "statusActive", UPCOMING: "statusUpcoming", ENDED: "statusEnded", REVOKED: "statusRevoked",
};

export const STATUS_TONE: Record<DelegationStatus, "success" | "info" | "neutral" | "warning"> = {
  ACTIVE: "success", UPCOMING: "info", ENDED: "neutral", REVOKED: "warning",
};
