-- CreateTable
CREATE TABLE "storage_intent" (
    "key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "storage_intent_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "storage_intent_created_at_idx" ON "storage_intent"("created_at");

-- Drafts older than the retention period are deleted with their files (issue: drafts that follow
-- the person). A draft's trail is not yet an audit record: nothing was filed. The trail stays
-- append-only for everything else; only this function, inside its own transaction and for a
-- dossier that is still a draft, may delete the draft's events. It runs with its owner's rights
-- (the web app's role has no DELETE on dossier_event).
CREATE OR REPLACE FUNCTION dossier_event_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD.to_status = 'DRAFT'
     AND current_setting('motcua.deleting_draft', true) = OLD.dossier_id::text THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'dossier_event is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE OR REPLACE FUNCTION delete_draft_dossier(target uuid) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  current_status "DossierStatus";
BEGIN
  SELECT status INTO current_status FROM dossier WHERE id = target FOR UPDATE;
  IF current_status IS DISTINCT FROM 'DRAFT' THEN
    RETURN false;
  END IF;
  PERFORM set_config('motcua.deleting_draft', target::text, true);
  DELETE FROM dossier_event WHERE dossier_id = target;
  DELETE FROM document WHERE dossier_id = target;
  DELETE FROM dossier WHERE id = target;
  PERFORM set_config('motcua.deleting_draft', '', true);
  RETURN true;
END $$;
