import { articleRouter } from "./routers/article";
import { auditRouter } from "./routers/audit";
import { claimRouter } from "./routers/claim";
import { commentRouter, notificationRouter } from "./routers/collaboration";
import { ingestRouter } from "./routers/ingest";
import { newsroomRouter } from "./routers/newsroom";
import { publishingRouter } from "./routers/publishing";
import { sessionRouter } from "./routers/session";
import { verdictRouter } from "./routers/verdict";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  session: sessionRouter,
  article: articleRouter,
  claim: claimRouter,
  verdict: verdictRouter,
  comment: commentRouter,
  notification: notificationRouter,
  newsroom: newsroomRouter,
  audit: auditRouter,
  ingest: ingestRouter,
  publishing: publishingRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
