-- CreateTable
CREATE TABLE "national_index_indicator" (
    "key" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "max_points" DECIMAL(5,2) NOT NULL,
    "full_at" DECIMAL(4,3) NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,

    CONSTRAINT "national_index_indicator_pkey" PRIMARY KEY ("key")
);

-- AddForeignKey
ALTER TABLE "national_index_indicator" ADD CONSTRAINT "national_index_indicator_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Sane values only: points within the index, a threshold that is a rate.
ALTER TABLE "national_index_indicator" ADD CONSTRAINT "national_index_indicator_values_check"
  CHECK ("max_points" >= 0 AND "max_points" <= 100 AND "full_at" > 0 AND "full_at" <= 1);

-- The defaults of lib/national-index/scoring.ts (DEFAULT_INDICATORS): the official group totals
-- (18, 20, 22, 22, 18) split over what the portal counts. An administrator's later edits stay.
INSERT INTO "national_index_indicator" ("key", "group", "max_points", "full_at", "enabled") VALUES
  ('PUBLICITY_CATALOGUE', 'PUBLICITY', 10, 1, true),
  ('PUBLICITY_APOLOGIES', 'PUBLICITY', 8, 1, true),
  ('PROGRESS_ON_TIME', 'PROGRESS', 20, 0.8, true),
  ('ONLINE_DOSSIERS', 'ONLINE', 12, 0.5, true),
  ('ONLINE_PAYMENT', 'ONLINE', 10, 0.8, true),
  ('DIGITISATION_RESULTS', 'DIGITISATION', 8, 0.8, true),
  ('DIGITISATION_PAPERS', 'DIGITISATION', 8, 0.8, true),
  ('DIGITISATION_IDENTITY', 'DIGITISATION', 6, 0.8, true),
  ('SATISFACTION_RATE', 'SATISFACTION', 18, 0.9, true)
ON CONFLICT ("key") DO NOTHING;
