import "server-only";
import { recordAdminChange } from "@/lib/admin/audit";
import { AdminFieldErrors } from "@/lib/admin/field-errors";
import { isSystemAdmin, type AdminActor } from "@/lib/admin/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DEFAULT_INDICATORS, GROUP_POINTS, groupTotalsMismatch, INDICATOR_KEYS, ZIndicatorSetting, type IndicatorKey, type IndicatorSetting } from "./scoring";

// The index's weights and thresholds as the system administrator set them (national_index_indicator).
// The migration writes the defaults; a key missing from the table falls back to its default, so a
// new sub-indicator appears with its default until someone changes it.

export async function loadIndicatorSettings(): Promise<IndicatorSetting[]> {
  const rows = await db.nationalIndexIndicator.findMany({ select: { key: true, group: true, maxPoints: true, fullAt: true, enabled: true } });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return DEFAULT_INDICATORS.map((fallback) => {
    const row = byKey.get(fallback.key);
    if (!row) return fallback;
    // The group is the code's, not the row's: a sub-indicator never changes group.
    const parsed = ZIndicatorSetting.safeParse({ key: row.key, group: fallback.group, maxPoints: Number(row.maxPoints), fullAt: Number(row.fullAt), enabled: row.enabled });
    return parsed.success ? parsed.data : fallback;
  });
}

/** What the administrator typed for one sub-indicator: points and the threshold in percent. */
export type IndicatorInput = { key: string; maxPoints: string; fullAtPercent: string; enabled: boolean };

/** "12", "7,5" or "7.5" → a number with at most two decimals; anything else null. */
function number(raw: string): number | null {
  const text = raw.trim();
  return /^\d{1,3}([.,]\d{1,2})?$/.test(text) ? Number(text.replace(",", ".")) : null;
}

/**
 * Checks and saves the sub-indicators' points and thresholds (system administrator only). Each
 * field is checked on its own (points 0–100, threshold 1–100 %), then each group's enabled points
 * must add up to its official total. Errors are keys of the AdminErrors texts, at their fields
 * (`points-<KEY>`, `fullAt-<KEY>`), the group total's for the form as a whole.
 */
export async function saveIndicatorSettings(args: { actor: AdminActor; inputs: IndicatorInput[]; now: Date }): Promise<void> {
  const { actor, now } = args;
  if (!isSystemAdmin(actor)) throw new AppError("NOT_FOUND");
  const current = await loadIndicatorSettings();
  const inputByKey = new Map(args.inputs.map((input) => [input.key, input]));
  const errors: Record<string, string> = {};
  const next: IndicatorSetting[] = current.map((setting) => {
    const input = inputByKey.get(setting.key);
    if (!input) return setting;
    const points = number(input.maxPoints);
    const percent = number(input.fullAtPercent);
    if (points === null || points > 100) errors[`points-${setting.key}`] = "indexPoints";
    if (percent === null || percent <= 0 || percent > 100) errors[`fullAt-${setting.key}`] = "indexThreshold";
    return { ...setting, maxPoints: points ?? setting.maxPoints, fullAt: percent === null ? setting.fullAt : percent / 100, enabled: input.enabled };
  });
  if (Object.keys(errors).length > 0) throw new AdminFieldErrors(errors);
  const mismatch = groupTotalsMismatch(next).find((group) => next.some((setting) => setting.group === group && inputByKey.has(setting.key)));
  if (mismatch) {
    const total = next.filter((setting) => setting.group === mismatch && setting.enabled).reduce((sum, setting) => sum + setting.maxPoints, 0);
    throw new AdminFieldErrors({ form: "indexGroupTotal" }, { total: String(Math.round(total * 100) / 100).replace(".", ","), official: GROUP_POINTS[mismatch] });
  }
  const changed = next.filter((setting, index) => {
    const before = current[index]!;
    return before.maxPoints !== setting.maxPoints || before.fullAt !== setting.fullAt || before.enabled !== setting.enabled;
  });
  if (changed.length === 0) return;
  await db.$transaction(async (tx) => {
    for (const setting of changed) {
      await tx.nationalIndexIndicator.upsert({
        where: { key: setting.key },
        create: { key: setting.key, group: setting.group, maxPoints: setting.maxPoints, fullAt: setting.fullAt, enabled: setting.enabled, updatedAt: now, updatedById: actor.userId },
        update: { maxPoints: setting.maxPoints, fullAt: setting.fullAt, enabled: setting.enabled, updatedAt: now, updatedById: actor.userId },
      });
      const before = current.find((row) => row.key === setting.key)!;
      await recordAdminChange(tx, now, {
        actorId: actor.userId, agencyId: null, action: "INDEX_INDICATOR_UPDATED", targetType: "INDEX_INDICATOR", targetId: setting.key, targetLabel: setting.key,
        detail: { maxPointsBefore: before.maxPoints, maxPoints: setting.maxPoints, fullAtBefore: before.fullAt, fullAt: setting.fullAt, enabledBefore: before.enabled, enabled: setting.enabled },
      });
    }
  });
}

export const isIndicatorKey = (value: string): value is IndicatorKey => (INDICATOR_KEYS as readonly string[]).includes(value);
