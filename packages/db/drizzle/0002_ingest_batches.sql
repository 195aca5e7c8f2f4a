CREATE TYPE "public"."ingest_item_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "ingest_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"created_by_id" uuid,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingest_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"url" text,
	"document" jsonb,
	"status" "ingest_item_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"article_id" uuid,
	"duplicate" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ingest_batches" ADD CONSTRAINT "ingest_batches_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_batches" ADD CONSTRAINT "ingest_batches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_items" ADD CONSTRAINT "ingest_items_batch_id_ingest_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."ingest_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_items" ADD CONSTRAINT "ingest_items_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_items" ADD CONSTRAINT "ingest_items_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ingest_batches_newsroom_idx" ON "ingest_batches" USING btree ("newsroom_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ingest_items_batch_position_idx" ON "ingest_items" USING btree ("batch_id","position");--> statement-breakpoint
CREATE INDEX "ingest_items_batch_status_idx" ON "ingest_items" USING btree ("batch_id","status");