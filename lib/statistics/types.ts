// Data types the pages and components get from lib/statistics (the figures' shapes are the zod
// schemas of schemas.ts; these are the rest). Pure.

/** "Usually resolved in N working days" for a procedure (usualProcessingTime). */
export type UsualProcessingTime = {
  /** The median of the last 90 days; null when fewer than MIN_SAMPLE (percentiles.ts) dossiers back it. */
  workingDays: number | null;
  /** Dossiers resolved in the window that the figure rests on. */
  sample: number;
  /** Whose dossiers: the agency's own, or the procedure's across every agency; null without a figure. */
  basis: "agency" | "procedure" | null;
};
