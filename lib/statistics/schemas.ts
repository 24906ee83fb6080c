// The shapes the statistics functions return, as zod schemas: the HTTP API's responses and its
// OpenAPI description are generated from these, so the documentation cannot drift from the code.
// Every figure is defined in docs/domain/statistics.md.
import { z } from "zod";
import { GROUP_BY, SCOPE_KINDS } from "./query";
import { PERIOD_KINDS } from "./period";

const count = z.number().int().nonnegative();
const signedCount = z.number().int();
const share = z.number().min(0).max(1).nullable().describe("A share in [0, 1] to four decimals; null when its denominator is 0");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("A Hà Nội date, yyyy-MM-dd");

export const ZFigures = z
  .object({
    received: z
      .object({
        carriedOver: count.describe("Received before the period, still in hand at its start (kỳ trước chuyển qua)"),
        new: count.describe("Received in the period (mới tiếp nhận)"),
        total: count.describe("carriedOver + new"),
        online: count.describe("New, submitted online"),
        inPerson: count.describe("New, handed in at a desk"),
        post: count.describe("New, sent by public post"),
      })
      .describe("Received (tiếp nhận)"),
    resolved: z
      .object({ early: count, onTime: count, late: count, total: count })
      .describe("Resolved in the period (đã giải quyết): early, on time, late; more than one supplement request after receipt counts late"),
    carriedForward: signedCount.describe("Received and still in hand at the end of the period (or now): carriedOver + new − resolved − withdrawn − stopped"),
    inProgress: z
      .object({ total: count, withinDeadline: count, overdue: count })
      .nullable()
      .describe("Of those in hand, with a running clock (statuses 2, 4), now; null for a closed period"),
    paused: z
      .object({ total: count, supplement: count, payment: count })
      .nullable()
      .describe("Of those in hand, waiting for the applicant (statuses 5, 6), now; null for a closed period"),
    stopped: count.describe("Processing stopped in the period (status 8)"),
    withdrawn: count.describe("Withdrawn in the period, after receipt (status 7)"),
    refused: count.describe("Refused at receipt in the period (status 3, not among the received)"),
    returned: count.describe("Results returned in the period"),
    supplementRequests: count.describe("Supplement requests after receipt in the period"),
    apologies: count.describe("Apology letters with a new date in the period (Mẫu 04)"),
    bounces: count.describe("Dossiers sent back to an earlier step in the period"),
    paidOnline: count.describe("Payments made online in the period"),
    ratings: z.object({ total: count, satisfied: count }).describe("Ratings given in the period, and those not 'not satisfied'"),
    digitisation: z
      .object({
        electronicResults: count.describe("Resolved in the period with an electronic result: a file carrying the agency's digital signature, issued unchanged"),
        electronicPapers: count.describe("New, received with every paper the procedure requires held as a file (uploaded online or scanned at the desk)"),
        vneid: count.describe("New online, sent by a resident signed in with the national identity account (VNeID)"),
      })
      .describe("Digitisation (số hóa), the national index's group of Decision 766/QĐ-TTg"),
    rates: z
      .object({
        onTime: share.describe("(early + on time) ÷ resolved"),
        online: share.describe("new online ÷ new"),
        supplementRequest: share.describe("supplement requests ÷ new"),
        apology: share.describe("apologies ÷ resolved"),
        satisfaction: share.describe("satisfied ÷ ratings"),
        electronicResults: share.describe("electronic results ÷ resolved"),
        electronicPapers: share.describe("new with every required paper as a file ÷ new"),
        vneid: share.describe("new online sent with VNeID ÷ new online"),
      })
      .describe("Rates"),
  })
  .describe("The figures of a scope and period");

export const ZScopeInfo = z.object({
  kind: z.enum(SCOPE_KINDS),
  code: z.string().nullable().describe("The agency's, field's or procedure's code; null for the city"),
  name: z.string().describe("Vietnamese name"),
  nameEn: z.string().nullable().describe("English name, where there is one"),
});

export const ZPeriodInfo = z.object({
  kind: z.enum(PERIOD_KINDS),
  value: z.string().describe("As written in a URL: 2026-03, 2026-Q1, 2026, 2026-01-15..2026-02-14"),
  from: day,
  to: day,
  through: day.describe("The last day with figures: to, or today while the period is open"),
  isOpen: z.boolean().describe("The period includes today: its figures still move"),
});

export const ZStatisticsGroup = z.object({
  key: z.string().describe("Agency code, field code, procedure code, month (yyyy-MM) or channel (IN_PERSON, ONLINE, POST)"),
  label: z.string(),
  labelEn: z.string().nullable(),
  rank: z.number().int().positive().nullable().optional().describe("With groupBy=agency: the agency's rank (null: fewer than 10 resolved)"),
  figures: ZFigures,
});

export const ZStatistics = z.object({
  scope: ZScopeInfo,
  period: ZPeriodInfo,
  groupBy: z.enum(GROUP_BY),
  asOf: z.string().describe("When the figures were read (ISO 8601)"),
  totals: ZFigures,
  groups: z.array(ZStatisticsGroup).describe("One per group, empty when groupBy is none; agencies in rank order"),
});

export type TFigures = z.infer<typeof ZFigures>;
export type TStatistics = z.infer<typeof ZStatistics>;
export type TStatisticsGroup = z.infer<typeof ZStatisticsGroup>;

export const ZLegalLimit = z.object({
  value: z.number().positive(),
  unit: z.enum(["WORKING_DAYS", "CALENDAR_DAYS", "HOURS"]),
  workingDays: z.number().nonnegative().nullable().describe("The limit in working days where it converts (hours ÷ working hours per day); null for calendar days"),
});

export const ZProcessingTime = z.object({
  window: z.object({ from: day, to: day, days: z.number().int().positive() }).describe("The last 90 days, today included"),
  sample: count.describe("Dossiers resolved in the window"),
  medianWorkingDays: z.number().int().nonnegative().nullable().describe("Median working days from the clock's start to the result, waits for the applicant excluded"),
  p90WorkingDays: z.number().int().nonnegative().nullable().describe("90th percentile (nearest rank)"),
  usualWorkingDays: z.number().int().nonnegative().nullable().describe("The median when at least 20 dossiers back it, else null: 'usually resolved in N working days'"),
  onTimeRate: share.describe("Share resolved early or on time in the window"),
  legalLimit: ZLegalLimit.nullable().describe("The procedure's legal limit (in person); null for a scope of several procedures"),
  onlineLegalLimit: ZLegalLimit.nullable().describe("The limit for online submission where the procedure states its own"),
  histogram: z.array(z.object({ workingDays: z.number().int().nonnegative(), count: count })).describe("Dossiers per whole number of working days"),
});

export type TProcessingTime = z.infer<typeof ZProcessingTime>;
export type TLegalLimit = z.infer<typeof ZLegalLimit>;
