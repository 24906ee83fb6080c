-- The back office's search by national ID number (exact match): an expression index on the
-- applicant snapshot, so the search never scans the dossier table. Partial: drafts are never searched.
CREATE INDEX "dossier_applicant_national_id_idx" ON "dossier" ((applicant_snapshot->>'nationalId')) WHERE status <> 'DRAFT';
