import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { actorOf } from "../actor";
import { ZCreateIngestBatch, ZId } from "../schemas";
import {
  createIngestBatch,
  getBatchProgress,
  listIngestBatches,
  parseBulkInput,
  requeueFailedItems,
} from "../services/bulk-ingest";
import { permissionProcedure } from "../trpc";

/** Bulk ingestion: a list of links or articles becomes a batch of background jobs with progress. */
export const ingestRouter = {
  createBatch: permissionProcedure("article.create")
    .input(ZCreateIngestBatch)
    .mutation(async ({ ctx, input }) => {
      const { items, problems } = parseBulkInput(input.text);
      if (items.length === 0) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: problems.length > 0 ? problems.slice(0, 5).join(" ") : "The list has no articles in it.",
        });
      }
      const label =
        input.label || `${items.length} articles, ${new Date().toISOString().slice(0, 16).replace("T", " ")}`;
      const batch = await createIngestBatch(ctx.db, actorOf(ctx), { label, items });
      await ctx.enqueueIngest(batch.itemIds);
      return { batchId: batch.batchId, queued: batch.itemIds.length, problems };
    }),

  batches: permissionProcedure("article.read").query(({ ctx }) => listIngestBatches(ctx.db, actorOf(ctx))),

  progress: permissionProcedure("article.read")
    .input(z.object({ batchId: ZId }))
    .query(({ ctx, input }) => getBatchProgress(ctx.db, actorOf(ctx), input.batchId)),

  retryFailed: permissionProcedure("article.create")
    .input(z.object({ batchId: ZId }))
    .mutation(async ({ ctx, input }) => {
      const itemIds = await requeueFailedItems(ctx.db, actorOf(ctx), input.batchId);
      await ctx.enqueueIngest(itemIds);
      return { requeued: itemIds.length };
    }),
} satisfies TRPCRouterRecord;
