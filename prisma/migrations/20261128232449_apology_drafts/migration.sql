-- CreateEnum
CREATE TYPE "ApologyDraftStatus" AS ENUM ('PENDING', 'SIGNED', 'DECLINED');

-- CreateTable
CREATE TABLE "apology_draft" (
    "id" UUID NOT NULL,
    "dossier_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "new_due_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "ApologyDraftStatus" NOT NULL DEFAULT 'PENDING',
    "drafted_by_id" UUID NOT NULL,
    "drafted_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,

    CONSTRAINT "apology_draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "apology_draft_dossier_id_idx" ON "apology_draft"("dossier_id");

-- AddForeignKey
ALTER TABLE "apology_draft" ADD CONSTRAINT "apology_draft_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One pending draft per dossier: two officers drafting at once cannot both leave one for the leader.
CREATE UNIQUE INDEX "apology_draft_one_pending" ON "apology_draft"("dossier_id") WHERE status = 'PENDING';
