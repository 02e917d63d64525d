DROP INDEX "tasks_dossier_idx";--> statement-breakpoint
DROP INDEX "tasks_assignee_state_idx";--> statement-breakpoint
CREATE INDEX "tasks_assignee_state_idx" ON "tasks" USING btree ("assignee_id","state") WHERE "tasks"."assignee_id" is not null;--> statement-breakpoint
-- Every command rewrites the dossier's snapshot and variables; lz4 compresses them in a
-- fraction of pglz's time (docs/benchmarks.md "Store"). A server built without lz4 (PGlite)
-- keeps pglz.
DO $$
BEGIN
  ALTER TABLE "dossiers" ALTER COLUMN "snapshot" SET COMPRESSION lz4;
  ALTER TABLE "dossiers" ALTER COLUMN "data" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  NULL;
END $$;
