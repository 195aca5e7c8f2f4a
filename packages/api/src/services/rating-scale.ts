import { type Database, ratingLabels } from "@claimdesk/db";
import { and, asc, eq } from "drizzle-orm";

/** The default scale: five numeric steps for ClaimReview, plus text-only labels. */
export const DEFAULT_RATING_SCALE: { label: string; value: number | null; description: string }[] = [
  { label: "True", value: 5, description: "The claim is accurate and nothing significant is missing." },
  { label: "Mostly true", value: 4, description: "Accurate, but needs clarification or context." },
  { label: "Half true", value: 3, description: "Partly accurate; leaves out important details." },
  { label: "Mostly false", value: 2, description: "Contains some truth but ignores critical facts." },
  { label: "False", value: 1, description: "The claim is not accurate." },
  { label: "Misleading", value: null, description: "Accurate facts presented to give a false impression." },
  { label: "Unproven", value: null, description: "There is not enough evidence to rate the claim." },
];

export async function installDefaultRatingScale(db: Database, newsroomId: string): Promise<void> {
  await db
    .insert(ratingLabels)
    .values(DEFAULT_RATING_SCALE.map((entry, position) => ({ ...entry, newsroomId, position })));
}

export async function listRatingLabels(db: Database, newsroomId: string) {
  return db
    .select({
      id: ratingLabels.id,
      label: ratingLabels.label,
      description: ratingLabels.description,
      value: ratingLabels.value,
      retired: ratingLabels.retired,
    })
    .from(ratingLabels)
    .where(eq(ratingLabels.newsroomId, newsroomId))
    .orderBy(asc(ratingLabels.position));
}

export async function getRatingLabel(db: Database, newsroomId: string, labelId: string) {
  const [label] = await db
    .select()
    .from(ratingLabels)
    .where(and(eq(ratingLabels.id, labelId), eq(ratingLabels.newsroomId, newsroomId)));
  return label ?? null;
}
