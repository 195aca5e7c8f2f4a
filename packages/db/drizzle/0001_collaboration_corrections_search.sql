CREATE TYPE "public"."notification_kind" AS ENUM('assigned', 'sent_back', 'approved', 'published', 'mentioned');--> statement-breakpoint
CREATE TYPE "public"."publication_event" AS ENUM('published', 'corrected', 'unpublished', 'republished');--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"actor_id" uuid,
	"kind" "notification_kind" NOT NULL,
	"claim_id" uuid,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "external_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"newsroom_id" uuid NOT NULL,
	"publisher_name" text NOT NULL,
	"publisher_url" text,
	"review_url" text NOT NULL,
	"claim_reviewed" text NOT NULL,
	"claim_author" text,
	"claim_date" timestamp with time zone,
	"appearance_url" text,
	"rating_label" text NOT NULL,
	"rating_value" integer,
	"best_rating" integer,
	"worst_rating" integer,
	"review_published_at" timestamp with time zone,
	"language" text,
	"raw" jsonb NOT NULL,
	"imported_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publication_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"publication_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"event" "publication_event" NOT NULL,
	"note" text,
	"snapshot" jsonb NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "newsrooms" ADD COLUMN "methodology" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "newsrooms" ADD COLUMN "corrections_policy" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', coalesce(snapshot->>'claimText', '') || ' ' || coalesce(snapshot->>'summary', '') || ' ' || coalesce(snapshot->>'speaker', ''))) STORED;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "expertise" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_reviews" ADD CONSTRAINT "external_reviews_newsroom_id_newsrooms_id_fk" FOREIGN KEY ("newsroom_id") REFERENCES "public"."newsrooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_reviews" ADD CONSTRAINT "external_reviews_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_revisions" ADD CONSTRAINT "publication_revisions_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_revisions" ADD CONSTRAINT "publication_revisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_claim_idx" ON "comments" USING btree ("claim_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id","read_at","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "external_reviews_newsroom_url_idx" ON "external_reviews" USING btree ("newsroom_id","review_url");--> statement-breakpoint
CREATE INDEX "external_reviews_newsroom_created_idx" ON "external_reviews" USING btree ("newsroom_id","created_at");--> statement-breakpoint
CREATE INDEX "publication_revisions_publication_idx" ON "publication_revisions" USING btree ("publication_id","created_at");--> statement-breakpoint
CREATE INDEX "publications_search_idx" ON "publications" USING gin ("search_vector");