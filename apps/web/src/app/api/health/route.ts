import { pingDatabase } from "@claimdesk/db";
import { getDatabaseHandle } from "~/server/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const handle = await getDatabaseHandle();
  await pingDatabase(handle.db);
  return Response.json({ status: "ok", database: handle.kind }, { headers: { "cache-control": "no-store" } });
}
