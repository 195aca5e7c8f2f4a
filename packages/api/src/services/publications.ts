import { randomBytes } from "node:crypto";
import {
  type Database,
  type PublishedVerdictSnapshot,
  publicationRevisions,
  publications,
  verdicts,
} from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "../actor";
import type { VerdictChange } from "../context";
import type { TCorrectVerdict } from "../schemas";
import { recordAudit } from "./audit";
import { type ClaimRow, loadClaim, transitionClaim } from "./claims";
import { notify } from "./notifications";
import { getRatingLabel, listRatingLabels } from "./rating-scale";
import { loadSources, loadVerdict, replaceSources, type VerdictRow } from "./verdict-rows";

type PublicationRow = typeof publications.$inferSelect;

function publicChangeOf(claim: ClaimRow, slug: string): VerdictChange {
  return { kind: "verdict", slug, articleId: claim.articleId, speaker: claim.speaker };
}

async function loadPublication(db: Database, claimId: string): Promise<PublicationRow> {
  const [publication] = await db.select().from(publications).where(eq(publications.claimId, claimId));
  if (!publication)
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: "This claim has not been published." });
  return publication;
}

export async function publishVerdict(db: Database, actor: Actor, claimId: string): Promise<VerdictChange> {
  return db.transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.newsroomId, claimId, true);
    const verdict = await loadVerdict(tx, claim.id);
    if (!verdict)
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "This claim has no verdict yet." });
    return publishApproved(tx, actor, claim, verdict);
  });
}

/** Freezes the approved verdict into a public snapshot (call inside a transaction). */
export async function publishApproved(
  db: Database,
  actor: Actor,
  claim: ClaimRow,
  verdict: VerdictRow,
): Promise<VerdictChange> {
  await transitionClaim(db, actor, claim, "publish", { verdictVersion: verdict.version });
  const snapshot = await buildSnapshot(db, actor.newsroomId, claim, verdict);
  const slug = slugify(claim.text);
  const [publication] = await db
    .insert(publications)
    .values({ newsroomId: actor.newsroomId, claimId: claim.id, verdictId: verdict.id, slug, snapshot })
    .returning({ id: publications.id });
  if (!publication) throw new Error("Publication insert returned no row");
  await db
    .update(verdicts)
    .set({ status: "published", updatedAt: new Date() })
    .where(eq(verdicts.id, verdict.id));
  await db.insert(publicationRevisions).values({
    publicationId: publication.id,
    version: 1,
    event: "published",
    snapshot,
    actorId: actor.userId,
  });
  await notify(db, actor, {
    recipientId: verdict.authorId,
    kind: "published",
    claimId: claim.id,
    message: `Your verdict is public: “${claim.text.slice(0, 100)}”`,
  });
  await recordAudit(db, actor, {
    action: "publication.create",
    entityType: "publication",
    entityId: publication.id,
    after: { slug, verdictVersion: verdict.version },
  });
  return publicChangeOf(claim, slug);
}

/**
 * Publishes a corrected verdict: a new public version with a correction note readers see. The
 * editor names the publication version they corrected, so two corrections can't cross silently.
 */
export async function correctPublication(
  db: Database,
  actor: Actor,
  input: TCorrectVerdict,
): Promise<VerdictChange> {
  return db.transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.newsroomId, input.claimId, true);
    const publication = await loadPublication(tx, claim.id);
    if (publication.version !== input.expectedVersion) {
      throw new TRPCError({
        code: "CONFLICT",
        message: `This verdict was changed after you opened it (now public version ${publication.version}). Reload before correcting.`,
      });
    }
    const label = await getRatingLabel(tx, actor.newsroomId, input.ratingLabelId);
    if (!label || label.retired) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "Choose a rating from the newsroom's scale." });
    }
    await transitionClaim(tx, actor, claim, "correct", { note: input.note });
    const [verdict] = await tx
      .update(verdicts)
      .set({
        ratingLabelId: input.ratingLabelId,
        summary: input.summary,
        explanation: input.explanation,
        updatedAt: new Date(),
      })
      .where(eq(verdicts.claimId, claim.id))
      .returning();
    if (!verdict) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "This claim has no verdict." });
    await replaceSources(tx, verdict.id, input.sources);
    const snapshot = await buildSnapshot(tx, actor.newsroomId, claim, verdict);
    const version = publication.version + 1;
    await tx
      .update(publications)
      .set({ snapshot, version, updatedAt: new Date() })
      .where(eq(publications.id, publication.id));
    await tx.insert(publicationRevisions).values({
      publicationId: publication.id,
      version,
      event: "corrected",
      note: input.note,
      snapshot,
      actorId: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: "publication.correct",
      entityType: "publication",
      entityId: publication.id,
      before: {
        version: publication.version,
        rating: publication.snapshot.ratingLabel,
        summary: publication.snapshot.summary,
      },
      after: { version, rating: snapshot.ratingLabel, summary: snapshot.summary, note: input.note },
    });
    return publicChangeOf(claim, publication.slug);
  });
}

/** Takes a verdict off the public site, keeping it and recording the public reason. */
export async function unpublishPublication(
  db: Database,
  actor: Actor,
  input: { claimId: string; reason: string },
): Promise<VerdictChange> {
  return db.transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.newsroomId, input.claimId, true);
    const publication = await loadPublication(tx, claim.id);
    await transitionClaim(tx, actor, claim, "unpublish", { reason: input.reason });
    const now = new Date();
    await tx
      .update(publications)
      .set({ unpublishedAt: now, unpublishReason: input.reason, updatedAt: now })
      .where(eq(publications.id, publication.id));
    await tx.insert(publicationRevisions).values({
      publicationId: publication.id,
      version: publication.version,
      event: "unpublished",
      note: input.reason,
      snapshot: publication.snapshot,
      actorId: actor.userId,
    });
    return publicChangeOf(claim, publication.slug);
  });
}

export async function republishPublication(
  db: Database,
  actor: Actor,
  claimId: string,
): Promise<VerdictChange> {
  return db.transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.newsroomId, claimId, true);
    const publication = await loadPublication(tx, claim.id);
    await transitionClaim(tx, actor, claim, "republish");
    await tx
      .update(publications)
      .set({ unpublishedAt: null, unpublishReason: null, updatedAt: new Date() })
      .where(eq(publications.id, publication.id));
    await tx.insert(publicationRevisions).values({
      publicationId: publication.id,
      version: publication.version,
      event: "republished",
      snapshot: publication.snapshot,
      actorId: actor.userId,
    });
    return publicChangeOf(claim, publication.slug);
  });
}

/** The publication of a claim with its public history, for the newsroom workspace. */
export async function getPublicationState(db: Database, claimId: string) {
  const [publication] = await db
    .select({
      id: publications.id,
      slug: publications.slug,
      version: publications.version,
      unpublishedAt: publications.unpublishedAt,
      unpublishReason: publications.unpublishReason,
    })
    .from(publications)
    .where(eq(publications.claimId, claimId));
  if (!publication) return null;
  const revisions = await db
    .select({
      version: publicationRevisions.version,
      event: publicationRevisions.event,
      note: publicationRevisions.note,
      createdAt: publicationRevisions.createdAt,
    })
    .from(publicationRevisions)
    .where(and(eq(publicationRevisions.publicationId, publication.id)))
    .orderBy(asc(publicationRevisions.createdAt));
  return { ...publication, revisions };
}

export async function buildSnapshot(
  db: Database,
  newsroomId: string,
  claim: ClaimRow,
  verdict: VerdictRow,
): Promise<PublishedVerdictSnapshot> {
  const scale = await listRatingLabels(db, newsroomId);
  const label = scale.find((entry) => entry.id === verdict.ratingLabelId);
  if (!label) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "The verdict has no rating." });
  const values = scale.map((entry) => entry.value).filter((value): value is number => value !== null);
  const numeric = label.value !== null && values.length > 1;
  return {
    claimText: claim.text,
    speaker: claim.speaker,
    ratingLabel: label.label,
    ratingValue: numeric ? label.value : null,
    bestRating: numeric ? Math.max(...values) : null,
    worstRating: numeric ? Math.min(...values) : null,
    summary: verdict.summary,
    explanation: verdict.explanation,
    sources: (await loadSources(db, verdict.id)).map((source) => ({
      ...source,
      accessedAt: source.accessedAt.toISOString(),
    })),
  };
}

/** Readable, stable URL: the claim's first words plus a short random suffix against collisions. */
export function slugify(text: string): string {
  const full = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Cut at a word boundary so a slug never ends in half a word.
  const words = full.length <= 60 ? full : full.slice(0, 61).replace(/-[^-]*$/, "");
  const suffix = randomBytes(4).toString("hex");
  return words ? `${words}-${suffix}` : suffix;
}
