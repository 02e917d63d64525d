CREATE TABLE "dossier_code_counters" (
	"unit_code" text NOT NULL,
	"day" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_code_counters_pk" PRIMARY KEY("unit_code","day")
);
--> statement-breakpoint
CREATE TABLE "result_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"element_id" text NOT NULL,
	"task_key" text NOT NULL,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "unit_code" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "kind" text DEFAULT 'userTask' NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "task_type" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "locked_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "timers" ADD COLUMN "locked_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "result_documents" ADD CONSTRAINT "result_documents_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "result_documents_task_uq" ON "result_documents" USING btree ("dossier_id","task_key");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_dossier_instance_uq" ON "tasks" USING btree ("dossier_id","instance_key");