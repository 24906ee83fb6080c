-- AlterTable
ALTER TABLE "dossier" DROP COLUMN "is_late",
ADD COLUMN     "timeliness" "StepOutcome",
ADD COLUMN     "trail_hash" TEXT;

-- The audit trail is append-only (DOMAIN.md §1: every hand-over recorded, nobody rewrites it).
-- The database refuses UPDATE, DELETE and TRUNCATE of events whoever the caller is; changing that
-- takes an owner disabling the trigger on purpose, which the hash chain then exposes.
CREATE OR REPLACE FUNCTION dossier_event_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dossier_event is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER dossier_event_append_only
  BEFORE UPDATE OR DELETE ON "dossier_event"
  FOR EACH ROW EXECUTE FUNCTION dossier_event_refuse_change();

CREATE TRIGGER dossier_event_no_truncate
  BEFORE TRUNCATE ON "dossier_event"
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_event_refuse_change();
