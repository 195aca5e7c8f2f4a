CREATE TYPE "public"."article_field" AS ENUM('body', 'title');--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "field" "article_field" DEFAULT 'body' NOT NULL;