DROP INDEX "dossiers_jurisdiction_status_idx";--> statement-breakpoint
DROP INDEX "dossiers_due_idx";--> statement-breakpoint
CREATE INDEX "dossiers_jurisdiction_received_idx" ON "dossiers" USING btree ("jurisdiction","received_at");--> statement-breakpoint
-- Room on each page for the next version of a row: a command's update then stays on the page,
-- and with no indexed column changed it touches no index (a HOT update).
ALTER TABLE "dossiers" SET (fillfactor = 75);
