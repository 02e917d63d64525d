CREATE SEQUENCE "public"."dossier_code_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
DROP TABLE "dossier_code_counters" CASCADE;