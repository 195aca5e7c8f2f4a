import "server-only";
import type { PublicChange } from "@claimdesk/api";
import { revalidatePath } from "next/cache";

/** Refreshes every reader page that shows the changed verdict. */
export async function revalidatePublicChange(change: PublicChange): Promise<void> {
  revalidatePath("/");
  revalidatePath(`/verdicts/${change.slug}`);
  revalidatePath(`/articles/${change.articleId}`);
}
