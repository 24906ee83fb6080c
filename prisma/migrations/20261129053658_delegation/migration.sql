-- CreateEnum
CREATE TYPE "DelegateGroup" AS ENUM ('COMMUNES');

-- AlterTable
ALTER TABLE "dossier" ADD COLUMN     "delegation_id" UUID;

-- CreateTable
CREATE TABLE "delegation" (
    "id" UUID NOT NULL,
    "delegator_id" UUID NOT NULL,
    "delegate_agency_id" UUID,
    "delegate_group" "DelegateGroup",
    "procedure_id" UUID,
    "field_id" UUID,
    "delegate_unit_code" TEXT,
    "decision_number" TEXT NOT NULL,
    "decision_date" DATE NOT NULL,
    "decision_signer" TEXT NOT NULL,
    "decision_document_id" UUID,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "delegator_keeps_filed_before" BOOLEAN NOT NULL DEFAULT true,
    "revoked_at" TIMESTAMPTZ(3),
    "revocation_reason" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delegation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "delegation_decision_document_id_key" ON "delegation"("decision_document_id");

-- CreateIndex
CREATE INDEX "delegation_procedure_id_valid_from_idx" ON "delegation"("procedure_id", "valid_from");

-- CreateIndex
CREATE INDEX "delegation_field_id_valid_from_idx" ON "delegation"("field_id", "valid_from");

-- CreateIndex
CREATE INDEX "delegation_delegator_id_idx" ON "delegation"("delegator_id");

-- CreateIndex
CREATE INDEX "delegation_delegate_agency_id_idx" ON "delegation"("delegate_agency_id");

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_delegator_id_fkey" FOREIGN KEY ("delegator_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_delegate_agency_id_fkey" FOREIGN KEY ("delegate_agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "field"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_decision_document_id_fkey" FOREIGN KEY ("decision_document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One delegate (an agency or a group) and one scope (a procedure or a field), never both or
-- neither; the last day is not before the first; an agency does not delegate to itself.
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_one_delegate_check"
  CHECK (("delegate_agency_id" IS NULL) <> ("delegate_group" IS NULL));
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_one_scope_check"
  CHECK (("procedure_id" IS NULL) <> ("field_id" IS NULL));
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_dates_check"
  CHECK ("valid_until" IS NULL OR "valid_until" >= "valid_from");
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_not_to_itself_check"
  CHECK ("delegate_agency_id" IS NULL OR "delegate_agency_id" <> "delegator_id");
