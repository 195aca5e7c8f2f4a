import {
  listPublicExternalReviews,
  parseSearchParams,
  SEARCH_PAGE_SIZE,
  searchFacets,
  searchVerdicts,
} from "@claimdesk/api/public";
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "~/server/db";
import { ExternalReviewList } from "../_components/external-review-list";
import { SearchForm } from "../_components/search-form";
import { VerdictList } from "../_components/verdict-list";

// Search depends on the query string: rendered per request, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Search fact checks", robots: { index: false, follow: true } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = parseSearchParams(raw);
  const db = await getDb();
  const facets = await searchFacets(db);
  if (!parsed.success) {
    return (
      <>
        <h1>Search fact checks</h1>
        <SearchForm facets={facets} />
        <p className="alert alert--error" role="alert">
          {parsed.error.issues.map((issue) => issue.message).join(" ")}
        </p>
      </>
    );
  }
  const params = parsed.data;
  const [{ results, total, page, pageCount: verdictPages }, external] = await Promise.all([
    searchVerdicts(db, params),
    // Other fact-checkers' reviews match the same words and filters, paged alongside ours.
    listPublicExternalReviews(db, params, {
      limit: SEARCH_PAGE_SIZE,
      offset: (params.page - 1) * SEARCH_PAGE_SIZE,
    }),
  ]);
  const pageCount = Math.max(verdictPages, Math.ceil(external.total / SEARCH_PAGE_SIZE));
  const filtered = Boolean(params.rating || params.speaker || params.tag || params.from || params.to);
  const pageHref = (n: number) => {
    const query = new URLSearchParams();
    for (const key of ["q", "rating", "speaker", "tag", "from", "to"] as const) {
      const value = params[key];
      if (value) query.set(key, value);
    }
    query.set("page", String(n));
    return `/search?${query.toString()}`;
  };
  return (
    <>
      <h1>Search fact checks</h1>
      <SearchForm values={params} facets={facets} />
      <p className="muted" role="status" data-testid="search-count">
        {total === 0 && external.total === 0
          ? "No verdicts match."
          : `${total} verdict${total === 1 ? "" : "s"}${params.q ? ` for “${params.q}”` : ""}${
              external.total > 0
                ? `, and ${external.total} review${external.total === 1 ? "" : "s"} by other fact-checkers`
                : ""
            }.`}
      </p>
      {results.length === 0 && external.reviews.length === 0 ? (
        <div className="empty">
          <p>Nothing matched{params.q ? ` “${params.q}”` : ""}. Try:</p>
          <ul>
            {params.q ? <li>fewer or more general words, or another spelling;</li> : null}
            {params.q ? <li>a word from the claim itself, or the speaker’s surname;</li> : null}
            {filtered ? (
              <li>
                removing filters —{" "}
                <Link href={params.q ? `/search?q=${encodeURIComponent(params.q)}` : "/search"}>
                  search without them
                </Link>
                ;
              </li>
            ) : null}
            {page > 1 ? <li>an earlier page;</li> : null}
            <li>
              browsing the <Link href="/">latest verdicts</Link>.
            </li>
          </ul>
        </div>
      ) : (
        <>
          {results.length > 0 ? <VerdictList verdicts={results} /> : null}
          {external.reviews.length > 0 ? (
            <section aria-labelledby="external-heading">
              <h2 id="external-heading">Checked by other fact-checkers</h2>
              <ExternalReviewList reviews={external.reviews} />
            </section>
          ) : null}
        </>
      )}
      {pageCount > 1 ? (
        <nav className="actions" aria-label="Pagination">
          {page > 1 ? <Link href={pageHref(page - 1)}>← Previous</Link> : null}
          <span className="muted small">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <Link href={pageHref(page + 1)}>Next →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
