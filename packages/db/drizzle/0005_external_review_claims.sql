ALTER TABLE "external_reviews" ADD COLUMN "claim_id" uuid;--> statement-breakpoint
ALTER TABLE "external_reviews" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', claim_reviewed || ' ' || coalesce(claim_author, '') || ' ' || publisher_name || ' ' || rating_label)) STORED;--> statement-breakpoint
ALTER TABLE "external_reviews" ADD CONSTRAINT "external_reviews_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "external_reviews_claim_idx" ON "external_reviews" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "external_reviews_search_idx" ON "external_reviews" USING gin ("search_vector");