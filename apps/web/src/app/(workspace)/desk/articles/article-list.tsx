"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorAlert } from "~/components/error-alert";
import { formatDate } from "~/components/format";
import { useTRPC } from "~/trpc/react";

export function ArticleList() {
  const trpc = useTRPC();
  const articles = useQuery(trpc.article.list.queryOptions({}));
  return (
    <>
      <div className="page-head">
        <h1>Articles</h1>
        <Link className="button" href="/desk/articles/new">
          New article
        </Link>
      </div>
      <ErrorAlert error={articles.error} />
      {articles.isPending ? <p aria-busy="true">Loading articles…</p> : null}
      {articles.data?.length === 0 ? (
        <p className="empty">No articles yet. Paste one to split it into claims.</p>
      ) : null}
      {articles.data && articles.data.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Claims</th>
              <th scope="col">Open</th>
              <th scope="col">Added</th>
            </tr>
          </thead>
          <tbody>
            {articles.data.map((article) => (
              <tr key={article.id}>
                <td>
                  <Link href={`/desk/articles/${article.id}`}>{article.title}</Link>
                </td>
                <td>{article.publisher}</td>
                <td>{article.claimCount}</td>
                <td>{article.openClaimCount}</td>
                <td>
                  {formatDate(article.createdAt)}
                  {article.createdBy ? <span className="muted small"> by {article.createdBy}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
