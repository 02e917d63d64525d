-- The audit trail is append-only (DESIGN.md §9): refuse UPDATE, DELETE and TRUNCATE
-- on "history" at the database, so no code path (or bug) can rewrite the past.
CREATE OR REPLACE FUNCTION "history_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "history_no_update_delete" BEFORE UPDATE OR DELETE ON "history"
  FOR EACH ROW EXECUTE FUNCTION "history_append_only"();
--> statement-breakpoint
CREATE TRIGGER "history_no_truncate" BEFORE TRUNCATE ON "history"
  FOR EACH STATEMENT EXECUTE FUNCTION "history_append_only"();
