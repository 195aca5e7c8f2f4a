import { hasPermission } from "@claimdesk/api";
import { redirect } from "next/navigation";
import { requireWorkspaceContext } from "~/server/session";

export default async function DeskHome() {
  const context = await requireWorkspaceContext();
  const role = context.membership?.role;
  redirect(role && hasPermission(role, "claim.assign") ? "/desk/articles" : "/desk/queue");
}
