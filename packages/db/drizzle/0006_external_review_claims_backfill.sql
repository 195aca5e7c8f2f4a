-- Custom migration (drizzle-kit generate --custom): reviews imported before external claims existed
-- get the lightweight article and the claim that services/claimreview-import.ts now creates for
-- every import, and are linked to that claim. Span ends are UTF-16 lengths, as JavaScript counts
-- them: characters plus one more for each character outside the Basic Multilingual Plane.
WITH pending AS (
  SELECT
    r.id,
    r.newsroom_id,
    r.publisher_name,
    r.claim_reviewed,
    r.claim_author,
    r.claim_date,
    r.language,
    r.imported_by_id,
    r.created_at,
    encode(sha256(convert_to('claimreview:' || r.review_url, 'UTF8')), 'hex') AS content_hash,
    char_length(r.claim_reviewed)
      + char_length(regexp_replace(r.claim_reviewed, '[^\U00010000-\U0010FFFF]', '', 'g')) AS utf16_length
  FROM "external_reviews" r
  WHERE r.claim_id IS NULL
),
new_articles AS (
  INSERT INTO "articles" ("newsroom_id", "title", "body", "content_hash", "author", "published_at", "language", "created_by_id", "created_at")
  SELECT
    newsroom_id,
    'Reviewed by ' || publisher_name || ': ' || left(claim_reviewed, 100),
    claim_reviewed,
    content_hash,
    claim_author,
    claim_date,
    language,
    imported_by_id,
    created_at
  FROM pending
  RETURNING "id", "newsroom_id", "content_hash"
),
new_claims AS (
  INSERT INTO "claims" ("newsroom_id", "article_id", "span_start", "span_end", "spans", "quote", "text", "speaker", "score", "checkworthy", "status", "created_at", "updated_at")
  SELECT
    p.newsroom_id,
    a.id,
    0,
    p.utf16_length,
    jsonb_build_array(jsonb_build_object('start', 0, 'end', p.utf16_length)),
    p.claim_reviewed,
    p.claim_reviewed,
    p.claim_author,
    1,
    true,
    'new'::claim_status,
    p.created_at,
    p.created_at
  FROM pending p
  JOIN new_articles a ON a.newsroom_id = p.newsroom_id AND a.content_hash = p.content_hash
  RETURNING "id", "article_id"
)
UPDATE "external_reviews" r
SET "claim_id" = c.id
FROM new_claims c
JOIN new_articles a ON a.id = c.article_id
JOIN pending p ON p.newsroom_id = a.newsroom_id AND p.content_hash = a.content_hash
WHERE r.id = p.id;
