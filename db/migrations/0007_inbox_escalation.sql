CREATE TABLE "inbox_digests" (
	"user_id" uuid NOT NULL,
	"day" text NOT NULL,
	"tasks" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_digests_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inbox_digests" ADD CONSTRAINT "inbox_digests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_overdue_unescalated_idx" ON "tasks" USING btree ("due_at") WHERE "tasks"."state" in ('open', 'claimed') and "tasks"."escalated_at" is null;