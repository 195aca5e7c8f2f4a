"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";
import type { Workspace } from "./claim-workspace";

/** Editor actions on a submitted or approved verdict; shows only what the user's role allows now. */
export function ReviewPanel({ workspace }: { workspace: Workspace }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState("");
  const claimId = workspace.claim.id;
  const expectedVersion = workspace.verdict?.version ?? 1;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.claim.get.queryKey({ claimId }) });
  const approve = useMutation(trpc.verdict.approve.mutationOptions({ onSuccess: refresh }));
  const sendBack = useMutation(
    trpc.verdict.requestChanges.mutationOptions({
      onSuccess: async () => {
        setComment("");
        await refresh();
      },
    }),
  );
  const publish = useMutation(trpc.verdict.publish.mutationOptions({ onSuccess: refresh }));
  const actions = workspace.actions;
  const busy = approve.isPending || sendBack.isPending || publish.isPending;

  if (!actions.includes("approve") && !actions.includes("publish")) return null;
  return (
    <section className="card stack" aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      <ErrorAlert error={approve.error ?? sendBack.error ?? publish.error} />
      {actions.includes("approve") ? (
        <>
          <div className="actions">
            <button
              type="button"
              disabled={busy}
              onClick={() => approve.mutate({ claimId, expectedVersion, publish: true })}
            >
              Approve and publish
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => approve.mutate({ claimId, expectedVersion, publish: false })}
            >
              Approve only
            </button>
          </div>
          <form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              sendBack.mutate({ claimId, expectedVersion, comment });
            }}
          >
            <div className="field">
              <label htmlFor="review-comment">Comment for the fact-checker</label>
              <textarea
                id="review-comment"
                rows={3}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
              />
            </div>
            <button type="submit" className="danger" disabled={busy || comment.trim() === ""}>
              Send back
            </button>
          </form>
        </>
      ) : null}
      {actions.includes("publish") ? (
        <button type="button" disabled={busy} onClick={() => publish.mutate({ claimId })}>
          Publish
        </button>
      ) : null}
    </section>
  );
}
