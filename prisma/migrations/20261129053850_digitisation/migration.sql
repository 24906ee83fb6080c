-- The digitisation group of the national index (Decision 766/QĐ-TTg; docs/domain/national-index.md):
-- whether a received dossier held every required paper as a file at receipt, and three counters
-- kept with the others by each transition: results issued as a digitally signed file, receipts
-- with every required paper held as a file, online receipts sent by a resident signed in with
-- VNeID. Existing rows are filled by the next migration.

-- AlterTable
ALTER TABLE "dossier" ADD COLUMN     "has_electronic_papers" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "stat_agency_monthly" ADD COLUMN     "received_electronic_papers" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "received_vneid" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "resolved_electronic" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "stat_daily" ADD COLUMN     "received_electronic_papers" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "received_vneid" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "resolved_electronic" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "stat_monthly" ADD COLUMN     "received_electronic_papers" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "received_vneid" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "resolved_electronic" INTEGER NOT NULL DEFAULT 0;
