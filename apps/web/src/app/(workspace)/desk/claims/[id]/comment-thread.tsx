"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { formatDateTime } from "~/components/format";
import { useTRPC } from "~/trpc/react";

/** The claim's internal discussion. Mention a colleague with @ and their email name (e.g. @checker1). */
export function CommentThread({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const thread = useQuery(trpc.comment.list.queryOptions({ claimId }));
  const [body, setBody] = useState("");
  const add = useMutation(
    trpc.comment.add.mutationOptions({
      async onSuccess() {
        setBody("");
        await queryClient.invalidateQueries({ queryKey: trpc.comment.list.queryKey({ claimId }) });
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate({ claimId, body });
  }

  return (
    <section className="card stack" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Discussion</h2>
      <ErrorAlert error={thread.error ?? add.error} />
      {thread.data?.length === 0 ? <p className="muted small">No comments yet.</p> : null}
      <ol className="comment-list">
        {thread.data?.map((comment) => (
          <li key={comment.id}>
            <p className="meta">
              <strong>{comment.authorName}</strong> <span>@{comment.authorHandle}</span>
              <span>{formatDateTime(comment.createdAt)}</span>
            </p>
            <p className="pre-wrap">{comment.body}</p>
          </li>
        ))}
      </ol>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="comment-body">Add a comment</label>
          <textarea
            id="comment-body"
            rows={3}
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
          <span className="hint">
            Only the newsroom sees this. Mention someone with @ and their email name.
          </span>
        </div>
        <button type="submit" className="secondary" disabled={add.isPending || body.trim() === ""}>
          Comment
        </button>
      </form>
    </section>
  );
}
