import "server-only";
import type { PublicChange } from "@claimdesk/api";
import { revalidatePath } from "next/cache";

/**
 * Refreshes every reader page that can show the change (a verdict, imported reviews, or the
 * newsroom's pages). Reader pages are served from Next's cache (ISR); this is what makes a publish,
 * correction, unpublish or import visible at once in the app (a shared cache in front may add its
 * own bound: see README "Caching").
 *
 * The verdict, its article, its speaker and the home page are invalidated by path. Other verdict
 * pages list "other verdicts from the same article" and speaker pages list many verdicts, so every
 * page of those routes is invalidated too: each is re-rendered once, on its next request, and
 * served from the cache again after that. Feeds and the JSON API are not cached by Next at all.
 */
export async function revalidatePublicChange(change: PublicChange): Promise<void> {
  revalidatePath("/");
  if (change.kind === "newsroom-pages") {
    revalidatePath("/about/methodology");
    revalidatePath("/about/corrections-policy");
    revalidatePath("/(public)/about/[page]", "page");
    return;
  }
  if (change.kind === "external-reviews") {
    // Imported reviews are listed on speaker pages (search is rendered per request anyway).
    for (const speaker of change.speakers) revalidatePath(`/speakers/${encodeURIComponent(speaker)}`);
    revalidatePath("/(public)/speakers/[name]", "page");
    return;
  }
  revalidatePath(`/verdicts/${change.slug}`);
  revalidatePath(`/embed/verdicts/${change.slug}`);
  revalidatePath(`/articles/${change.articleId}`);
  if (change.speaker) revalidatePath(`/speakers/${encodeURIComponent(change.speaker)}`);
  // Route-pattern invalidation names the route as Next stores it, route group included.
  revalidatePath("/(public)/verdicts/[slug]", "page");
  revalidatePath("/(public)/speakers/[name]", "page");
  revalidatePath("/embed/verdicts/[slug]", "page");
}
