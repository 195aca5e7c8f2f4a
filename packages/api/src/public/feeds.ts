/** RSS 2.0 and Atom 1.0 feeds of published verdicts, built with the `feed` package. */
import { Feed } from "feed";
import { buildClaimReview } from "./claim-review";
import type { PublishedVerdict } from "./verdicts";

export const FEED_SIZE = 50;

function buildFeed(verdicts: PublishedVerdict[], siteUrl: string): Feed {
  const home = new URL("/", siteUrl).toString();
  const newest = verdicts.reduce<Date | null>(
    (latest, verdict) => (latest === null || verdict.updatedAt > latest ? verdict.updatedAt : latest),
    null,
  );
  const feed = new Feed({
    title: "ClaimDesk — latest fact checks",
    description: "Claims from the news, checked and rated with sources.",
    id: home,
    link: home,
    language: "en",
    copyright: "Each verdict belongs to the newsroom that published it.",
    updated: newest ?? new Date(0),
    generator: "ClaimDesk",
    feedLinks: {
      rss: new URL("/feed.xml", siteUrl).toString(),
      atom: new URL("/atom.xml", siteUrl).toString(),
    },
  });
  for (const verdict of verdicts) {
    const url = new URL(`/verdicts/${verdict.slug}`, siteUrl).toString();
    const { snapshot } = verdict;
    feed.addItem({
      title: `${snapshot.ratingLabel}: ${snapshot.claimText}`,
      id: url,
      link: url,
      description: snapshot.summary,
      content: `${snapshot.speaker ? `Claim by ${snapshot.speaker}. ` : ""}Rating: ${snapshot.ratingLabel}. ${snapshot.summary}`,
      author: [
        { name: verdict.newsroom.name, ...(verdict.newsroom.url ? { link: verdict.newsroom.url } : {}) },
      ],
      date: verdict.updatedAt,
      published: verdict.publishedAt,
      category: [{ name: snapshot.ratingLabel }, ...verdict.tags.map((tag) => ({ name: tag }))],
    });
  }
  return feed;
}

export function buildRssFeed(verdicts: PublishedVerdict[], siteUrl: string): string {
  return buildFeed(verdicts, siteUrl).rss2();
}

export function buildAtomFeed(verdicts: PublishedVerdict[], siteUrl: string): string {
  return buildFeed(verdicts, siteUrl).atom1();
}

/** One page of the ClaimReview JSON feed: the same JSON-LD as each verdict page. */
export function buildClaimReviewFeedPage(
  verdicts: PublishedVerdict[],
  siteUrl: string,
  page: { page: number; pageSize: number; total: number },
) {
  const link = (n: number) =>
    new URL(`/api/claimreview?page=${n}&per_page=${page.pageSize}`, siteUrl).toString();
  const pageCount = Math.max(1, Math.ceil(page.total / page.pageSize));
  return {
    page: page.page,
    perPage: page.pageSize,
    total: page.total,
    pageCount,
    next: page.page < pageCount ? link(page.page + 1) : null,
    previous: page.page > 1 ? link(page.page - 1) : null,
    claimReviews: verdicts.map((verdict) => buildClaimReview(verdict, siteUrl)),
  };
}
