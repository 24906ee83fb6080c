-- Reminders and escalation (lib/jobs, docs/architecture.md "Jobs"): one escalation per leg or
-- dossier and one digest per unit and day, each claimed by its unique key in the transaction that
-- writes its notice to the outbox; partial indexes so that the scans read only open legs and
-- dossiers whose clock runs.

-- CreateEnum
CREATE TYPE "EscalationKind" AS ENUM ('LEG_OVERDUE', 'APPOINTMENT_OVERDUE');

-- CreateTable
CREATE TABLE "escalation" (
    "id" UUID NOT NULL,
    "kind" "EscalationKind" NOT NULL,
    "subject_id" UUID NOT NULL,
    "dossier_id" UUID NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "outbox_id" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daily_digest" (
    "unit_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "items" INTEGER NOT NULL,
    "outbox_id" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "daily_digest_pkey" PRIMARY KEY ("unit_id","day")
);

-- CreateIndex
CREATE INDEX "escalation_dossier_id_idx" ON "escalation"("dossier_id");

-- CreateIndex
CREATE UNIQUE INDEX "escalation_kind_subject_id_key" ON "escalation"("kind", "subject_id");

-- CreateIndex
CREATE INDEX "dossier_running_due_at_idx" ON "dossier"("due_at") WHERE (status = ANY (ARRAY['RECEIVED'::"DossierStatus", 'IN_PROCESSING'::"DossierStatus"]));

-- CreateIndex
CREATE INDEX "processing_step_open_due_at_idx" ON "processing_step"("due_at") WHERE (completed_at IS NULL);

-- AddForeignKey
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daily_digest" ADD CONSTRAINT "daily_digest_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "agency_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
