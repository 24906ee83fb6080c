-- CreateEnum
CREATE TYPE "DeadlinePrecision" AS ENUM ('DAY', 'INSTANT');

-- AlterEnum: asked to complete the papers at the desk, before receipt (national code 1)
ALTER TYPE "DossierStatus" ADD VALUE 'SUPPLEMENT_BEFORE_RECEIPT' AFTER 'SUBMITTED';

-- AlterTable: the agency's reference date replaces "the appointment before an apology"; it is
-- now always set with the appointment (renamed, not dropped, so no date is lost).
ALTER TABLE "dossier" RENAME COLUMN "original_due_at" TO "reference_due_at";
ALTER TABLE "dossier" ADD COLUMN     "deadline_precision" "DeadlinePrecision",
ADD COLUMN     "is_due_provisional" BOOLEAN NOT NULL DEFAULT false;

-- Backfill (nothing to do on an empty database): without an apology the reference is the appointment.
UPDATE "dossier" SET "reference_due_at" = "due_at" WHERE "reference_due_at" IS NULL AND "due_at" IS NOT NULL;

-- AlterTable
ALTER TABLE "processing_step" ADD COLUMN     "due_precision" "DeadlinePrecision";

-- CreateTable
CREATE TABLE "calendar_year" (
    "year" INTEGER NOT NULL,
    "is_published" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMPTZ(3),
    "source" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "calendar_year_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE INDEX "dossier_is_due_provisional_idx" ON "dossier"("is_due_provisional");

-- Backfill (nothing to do on an empty database): a year already in the calendar is published when
-- none of its days was marked as an assumption, "(dự kiến)", by the earlier seed; the seed then
-- publishes the years its data says are published.
INSERT INTO "calendar_year" ("year", "is_published", "published_at", "updated_at")
SELECT "year", NOT "has_assumption", CASE WHEN "has_assumption" THEN NULL ELSE now() END, now()
FROM (
  SELECT extract(year FROM "date")::int AS "year", bool_or(coalesce("name", '') LIKE '%(dự kiến)%') AS "has_assumption"
  FROM "calendar_day" GROUP BY 1
) AS "years";
