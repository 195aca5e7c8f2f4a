"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { formatDate } from "~/components/format";
import { useTRPC } from "~/trpc/react";

export function ImportForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [input, setInput] = useState("");
  const reviews = useQuery(trpc.publishing.externalReviews.queryOptions({ limit: 50, offset: 0 }));
  const importReviews = useMutation(
    trpc.publishing.importClaimReview.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.publishing.externalReviews.queryKey() }),
    }),
  );

  async function readFile(file: File | undefined) {
    if (file) setInput(await file.text());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    importReviews.mutate({ input });
  }

  const result = importReviews.data;
  return (
    <>
      <form className="form card" onSubmit={submit}>
        <div className="field">
          <label htmlFor="claimreview-input">ClaimReview JSON-LD or page HTML</label>
          <textarea
            id="claimreview-input"
            rows={12}
            value={input}
            onChange={(event) => setInput(event.target.value)}
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor="claimreview-file">…or a file (.json, .jsonld, .html)</label>
          <input
            id="claimreview-file"
            type="file"
            accept=".json,.jsonld,.html,.htm,application/json,application/ld+json,text/html"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </div>
        <ErrorAlert error={importReviews.error} />
        <div className="actions">
          <button type="submit" disabled={importReviews.isPending || input.trim() === ""}>
            Import
          </button>
        </div>
      </form>
      {result ? (
        <div className="alert alert--ok" role="status">
          <p>
            Imported {result.imported.filter((row) => row.created).length} new and updated{" "}
            {result.imported.filter((row) => !row.created).length} existing review
            {result.imported.length === 1 ? "" : "s"}.
          </p>
          {result.problems.length > 0 ? (
            <ul>
              {result.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <section aria-labelledby="external-heading">
        <h2 id="external-heading">Imported reviews</h2>
        <p className="muted small">
          Each review is a claim in the workspace (open it to triage or check it yourselves) and is shown to
          readers in search and on the speaker’s page as “Reviewed by” its publisher, linking to the original.
        </p>
        <ErrorAlert error={reviews.error} />
        {reviews.data && reviews.data.length === 0 ? <p className="empty">Nothing imported yet.</p> : null}
        {reviews.data && reviews.data.length > 0 ? (
          <table>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Rating</th>
                <th scope="col">Publisher</th>
                <th scope="col">Published</th>
              </tr>
            </thead>
            <tbody>
              {reviews.data.map((review) => (
                <tr key={review.id} data-testid="external-review">
                  <td>
                    <Link href={`/desk/claims/${review.claimId}`}>{review.claimReviewed}</Link>
                    {review.claimAuthor ? <span className="muted small"> — {review.claimAuthor}</span> : null}
                  </td>
                  <td>{review.ratingLabel}</td>
                  <td>
                    {review.publisherName} (external) ·{" "}
                    <a href={review.reviewUrl} rel="nofollow noopener noreferrer" target="_blank">
                      original review
                    </a>
                  </td>
                  <td>{formatDate(review.reviewPublishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}
