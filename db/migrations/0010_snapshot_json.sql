-- Only the engine reads the snapshot, whole: as json (checked text) PostgreSQL neither builds
-- nor prints a binary form of it on every command (docs/benchmarks.md "Store").
ALTER TABLE "dossiers" ALTER COLUMN "snapshot" SET DATA TYPE json USING "snapshot"::json;--> statement-breakpoint
DO $$
BEGIN
  ALTER TABLE "dossiers" ALTER COLUMN "snapshot" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  NULL;
END $$;
