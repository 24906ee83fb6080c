-- The agency's ledger (Mẫu 06) reads the dossiers an agency resolves by date of receipt: a range
-- of this index, beside the desk's (receiving_agency_id, received_at).
-- CreateIndex
CREATE INDEX "dossier_agency_id_received_at_idx" ON "dossier"("agency_id", "received_at");
