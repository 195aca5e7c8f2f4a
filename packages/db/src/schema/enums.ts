import { pgEnum } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["admin", "editor", "fact_checker"]);

/** The claim lifecycle; the allowed moves between these live in @claimdesk/api's workflow table. */
export const claimStatusEnum = pgEnum("claim_status", [
  "new",
  "triaged",
  "dismissed",
  "assigned",
  "in_progress",
  "submitted",
  "changes_requested",
  "approved",
  "published",
  "corrected",
  "unpublished",
]);

export const verdictStatusEnum = pgEnum("verdict_status", [
  "draft",
  "submitted",
  "changes_requested",
  "approved",
  "published",
]);

export const notificationKindEnum = pgEnum("notification_kind", [
  "assigned",
  "sent_back",
  "approved",
  "published",
  "mentioned",
]);

/** What happened to a publication: the public correction history is built from these. */
export const publicationEventEnum = pgEnum("publication_event", [
  "published",
  "corrected",
  "unpublished",
  "republished",
]);

/** Which text of an article a claim's span points into: its body, or a title the body never repeats. */
export const articleFieldEnum = pgEnum("article_field", ["body", "title"]);
