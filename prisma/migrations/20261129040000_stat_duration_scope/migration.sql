-- Working days to the result summed per city, agency and procedure (docs/domain/statistics.md,
-- "How long it really takes"): the city's last 90 days read about a thousand rows of
-- stat_duration_scope instead of twenty thousand of stat_duration. Kept by the same transitions;
-- filled by the next migration from stat_duration for a database that already holds a history.

-- DropIndex (stat_duration is now read by agency and procedure through its primary key only)
DROP INDEX IF EXISTS "stat_duration_day_idx";

-- DropIndex
DROP INDEX IF EXISTS "stat_duration_procedure_id_day_idx";

-- Written to run also on a development database that got this table from an unreleased version of
-- the 20261129030000 migration: nothing is created twice.

-- CreateEnum
DO $$ BEGIN
  CREATE TYPE "StatScope" AS ENUM ('CITY', 'AGENCY', 'PROCEDURE');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

-- CreateTable
CREATE TABLE IF NOT EXISTS "stat_duration_scope" (
    "scope" "StatScope" NOT NULL,
    "scope_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "working_days" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "stat_duration_scope_pkey" PRIMARY KEY ("scope","scope_id","day","working_days")
);
