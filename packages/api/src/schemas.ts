/** Input schemas shared by the routers and the web forms (pure zod, safe for the browser). */
import { z } from "zod";

export const ZId = z.uuid({ message: "Not a valid id." });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullish();

export const ZHttpUrl = z.url({ protocol: /^https?$/, message: "Enter a full http(s):// address." });

export const ZCreateArticle = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(500),
  body: z
    .string()
    .min(20, "Paste the article text (at least a sentence).")
    .max(1_000_000, "The article is longer than 1 MB; split it or trim it."),
  url: ZHttpUrl.nullish().or(z.literal("").transform(() => null)),
  publisher: optionalText(200),
  author: optionalText(200),
  publishedAt: z.coerce.date().nullish(),
});
export type TCreateArticle = z.infer<typeof ZCreateArticle>;

export const ZPage = z.object({
  limit: z.number().int().min(1).max(100).default(50),
  offset: z.number().int().min(0).default(0),
});

export const ZAssignClaims = z.object({
  claimIds: z.array(ZId).min(1, "Select at least one claim.").max(500),
  assigneeId: ZId,
  dueAt: z.coerce.date().nullish(),
});

export const ZSource = z.object({
  url: ZHttpUrl,
  title: optionalText(500),
  publisher: optionalText(200),
  quote: optionalText(5000),
  accessedAt: z.coerce.date({ message: "Give the date you accessed the source." }),
});
export type TSource = z.infer<typeof ZSource>;

export const ZSaveVerdict = z.object({
  claimId: ZId,
  /** The version this edit started from; null when creating the first draft. */
  expectedVersion: z.number().int().min(1).nullable(),
  ratingLabelId: ZId.nullable(),
  summary: z.string().trim().max(2000),
  explanation: z.string().trim().max(50_000),
  sources: z.array(ZSource).max(50),
});
export type TSaveVerdict = z.infer<typeof ZSaveVerdict>;

export const ZVerdictRef = z.object({ claimId: ZId, expectedVersion: z.number().int().min(1) });

export const ZApprove = ZVerdictRef.extend({ publish: z.boolean().default(false) });

export const ZRequestChanges = ZVerdictRef.extend({
  comment: z.string().trim().min(1, "Say what needs to change.").max(5000),
});

export const ZCorrectVerdict = z.object({
  claimId: ZId,
  /** The public version being corrected. */
  expectedVersion: z.number().int().min(1),
  note: z.string().trim().min(1, "Explain the correction for readers.").max(2000),
  ratingLabelId: ZId,
  summary: z.string().trim().min(1, "The summary can't be empty.").max(2000),
  explanation: z.string().trim().max(50_000),
  sources: z.array(ZSource).min(1, "Keep at least one source.").max(50),
});
export type TCorrectVerdict = z.infer<typeof ZCorrectVerdict>;

export const ZUnpublish = z.object({
  claimId: ZId,
  reason: z.string().trim().min(1, "Give readers a reason for unpublishing.").max(2000),
});

export const ZAddComment = z.object({
  claimId: ZId,
  body: z.string().trim().min(1, "Write a comment first.").max(10_000),
});

export const ZMarkRead = z.object({ ids: z.union([z.array(ZId).max(200), z.literal("all")]) });

const ZRole = z.enum(["admin", "editor", "fact_checker"]);
const ZTags = z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20).default([]);

export const ZAddMember = z.object({
  email: z.email("Enter a valid email.").transform((email) => email.toLowerCase()),
  name: z.string().trim().max(200).optional(),
  password: z.string().min(10, "Initial passwords need at least 10 characters.").max(200).optional(),
  role: ZRole,
  expertise: ZTags,
});
export type TAddMember = z.infer<typeof ZAddMember>;

export const ZUpdateMember = z.object({ userId: ZId, role: ZRole, expertise: ZTags });

export const ZNewsroomSettings = z.object({
  name: z.string().trim().min(1, "The newsroom needs a name.").max(200),
  url: ZHttpUrl.nullable(),
  requireSecondApprover: z.boolean(),
});

export const ZRatingLabelInput = z.object({
  label: z.string().trim().min(1, "Give the label a name.").max(120),
  description: z.string().trim().max(500).nullable().default(null),
  value: z.number().int().min(1, "Numeric ratings start at 1.").max(100).nullable(),
});
export type TRatingLabelInput = z.infer<typeof ZRatingLabelInput>;

export const ZAutoAssign = z.object({
  claimIds: z.array(ZId).min(1, "Select at least one claim.").max(500),
  dueAt: z.coerce.date().nullish(),
});

export const ZAuditFilter = z.object({
  claimId: ZId.nullish(),
  actorId: ZId.nullish(),
  action: z.string().trim().max(100).nullish(),
  limit: z.number().int().min(1).max(200).default(100),
  offset: z.number().int().min(0).default(0),
});

export const ZUpdateClaim = z.object({
  claimId: ZId,
  text: z.string().trim().min(1, "The claim needs text.").max(5000),
  speaker: z
    .string()
    .trim()
    .max(200)
    .transform((value) => value || null)
    .nullable(),
  tags: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20).default([]),
});

export const ZMergeClaims = z.object({
  claimIds: z.array(ZId).min(2, "Select at least two claims to merge.").max(20),
});

export const ZSplitClaim = z.object({
  claimId: ZId,
  /** Offset inside the claim's quote where the second claim starts. */
  at: z.number().int().min(1),
});

export const ZIngestUrl = z.object({ url: ZHttpUrl });

export const ZIngestHtml = z.object({
  html: z.string().min(20, "The file is empty.").max(10_000_000, "The page is larger than 10 MB."),
  url: ZHttpUrl.nullish(),
});

export const ZCreateIngestBatch = z.object({
  label: z.string().trim().max(200).default(""),
  /** URLs one per line (text or CSV), or JSON Lines of {title, body, url, publisher, published_at}. */
  text: z
    .string()
    .min(1, "Paste a list of links or JSON lines.")
    .max(20_000_000, "The list is larger than 20 MB."),
});

/** A .docx upload, base64-encoded (10 MB at most once decoded). */
export const ZIngestDocx = z.object({
  base64: z
    .base64("The file didn't arrive intact; try uploading it again.")
    .max(14_000_000, "The document is larger than 10 MB."),
});
