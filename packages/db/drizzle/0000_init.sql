CREATE TYPE "public"."claim_status" AS ENUM('new', 'triaged', 'dismissed', 'assigned', 'in_progress', 'submitted', 'changes_requested', 'approved', 'published', 'corrected', 'unpublished');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'editor', 'fact_checker');--> statement-breakpoint
CREATE TYPE "public"."verdict_status" AS ENUM('draft', 'submitted', 'changes_requested', 'approved', 'published');--> statement-breakpoint
CREATE TABLE "articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"publisher" text,
	"author" text,
	"published_at" timestamp with time zone,
	"body" text NOT NULL,
	"content_hash" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"assignee_id" uuid NOT NULL,
	"assigned_by_id" uuid NOT NULL,
	"due_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsroom_id" uuid,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"span_start" integer NOT NULL,
	"span_end" integer NOT NULL,
	"spans" jsonb NOT NULL,
	"quote" text NOT NULL,
	"text" text NOT NULL,
	"speaker" text,
	"reported_by" text,
	"parent_key" text,
	"score" real NOT NULL,
	"checkworthy" boolean NOT NULL,
	"status" "claim_status" DEFAULT 'new' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claims_span_valid" CHECK ("claims"."span_start" >= 0 and "claims"."span_end" > "claims"."span_start")
);
--> statement-breakpoint
CREATE TABLE "newsrooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"url" text,
	"require_second_approver" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "newsrooms_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "rating_labels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"label" text NOT NULL,
	"description" text,
	"position" integer NOT NULL,
	"value" integer,
	"retired" boolean DEFAULT false NOT NULL,
	CONSTRAINT "rating_labels_value_positive" CHECK ("rating_labels"."value" is null or "rating_labels"."value" >= 1)
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"verdict_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unpublished_at" timestamp with time zone,
	"unpublish_reason" text
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" uuid NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_pk" PRIMARY KEY("user_id","newsroom_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verdict_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"url" text NOT NULL,
	"title" text,
	"publisher" text,
	"quote" text,
	"accessed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verdicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"rating_label_id" uuid,
	"summary" text DEFAULT '' NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"status" "verdict_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"review_comment" text,
	"reviewed_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_labels" ADD CONSTRAINT "rating_labels_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_verdict_id_verdicts_id_fk" FOREIGN KEY ("verdict_id") REFERENCES "public"."verdicts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_verdict_id_verdicts_id_fk" FOREIGN KEY ("verdict_id") REFERENCES "public"."verdicts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_rating_label_id_rating_labels_id_fk" FOREIGN KEY ("rating_label_id") REFERENCES "public"."rating_labels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "articles_newsroom_content_hash_idx" ON "articles" USING btree ("newsroom_id","content_hash");--> statement-breakpoint
CREATE INDEX "articles_newsroom_created_idx" ON "articles" USING btree ("newsroom_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_one_active_per_claim_idx" ON "assignments" USING btree ("claim_id") WHERE "assignments"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "assignments_assignee_idx" ON "assignments" USING btree ("assignee_id","ended_at");--> statement-breakpoint
CREATE INDEX "audit_events_newsroom_created_idx" ON "audit_events" USING btree ("newsroom_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "claims_article_idx" ON "claims" USING btree ("article_id","span_start");--> statement-breakpoint
CREATE INDEX "claims_newsroom_status_idx" ON "claims" USING btree ("newsroom_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_labels_newsroom_label_idx" ON "rating_labels" USING btree ("newsroom_id","label");--> statement-breakpoint
CREATE UNIQUE INDEX "publications_slug_idx" ON "publications" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "publications_claim_idx" ON "publications" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "publications_published_idx" ON "publications" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "memberships_newsroom_idx" ON "memberships" USING btree ("newsroom_id");--> statement-breakpoint
CREATE INDEX "sources_verdict_idx" ON "sources" USING btree ("verdict_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "verdicts_claim_idx" ON "verdicts" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "verdicts_newsroom_status_idx" ON "verdicts" USING btree ("newsroom_id","status");