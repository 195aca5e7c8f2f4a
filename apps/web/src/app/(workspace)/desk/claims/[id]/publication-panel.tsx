"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { formatDateTime } from "~/components/format";
import { useTRPC } from "~/trpc/react";
import type { Workspace } from "./claim-workspace";
import { fromSourceDrafts, SourcesEditor, toSourceDrafts } from "./sources-editor";

type Publication = NonNullable<Workspace["publication"]>;

/** A published verdict: its public history, and correcting, unpublishing or republishing it. */
export function PublicationPanel({
  workspace,
  publication,
}: {
  workspace: Workspace;
  publication: Publication;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const claimId = workspace.claim.id;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.claim.get.queryKey({ claimId }) });
  const [mode, setMode] = useState<"idle" | "correct" | "unpublish">("idle");
  const [reason, setReason] = useState("");
  const unpublish = useMutation(trpc.verdict.unpublish.mutationOptions({ onSuccess: refresh }));
  const republish = useMutation(trpc.verdict.republish.mutationOptions({ onSuccess: refresh }));
  const { actions } = workspace;

  return (
    <section className="card stack" aria-labelledby="publication-heading">
      <h2 id="publication-heading">Publication</h2>
      {publication.unpublishedAt ? (
        <p className="alert alert--info">
          Unpublished {formatDateTime(publication.unpublishedAt)}: {publication.unpublishReason}
        </p>
      ) : (
        <p>
          Public version {publication.version}:{" "}
          <Link href={`/verdicts/${publication.slug}`}>view the public verdict</Link>
        </p>
      )}
      <ol className="small">
        {publication.revisions.map((revision) => (
          <li key={`${revision.event}-${revision.createdAt.toString()}`}>
            {revision.event} (v{revision.version}) · {formatDateTime(revision.createdAt)}
            {revision.note ? ` — ${revision.note}` : ""}
          </li>
        ))}
      </ol>
      <ErrorAlert error={unpublish.error ?? republish.error} />
      <div className="actions">
        {actions.includes("correct") ? (
          <button type="button" className="secondary" onClick={() => setMode("correct")}>
            Correct
          </button>
        ) : null}
        {actions.includes("unpublish") ? (
          <button type="button" className="danger" onClick={() => setMode("unpublish")}>
            Unpublish
          </button>
        ) : null}
        {actions.includes("republish") ? (
          <button type="button" disabled={republish.isPending} onClick={() => republish.mutate({ claimId })}>
            Republish
          </button>
        ) : null}
      </div>
      {mode === "unpublish" ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            unpublish.mutate({ claimId, reason }, { onSuccess: () => setMode("idle") });
          }}
        >
          <div className="field">
            <label htmlFor="unpublish-reason">Reason, shown to readers</label>
            <textarea
              id="unpublish-reason"
              rows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <button type="submit" className="danger" disabled={unpublish.isPending || reason.trim() === ""}>
            Unpublish now
          </button>
        </form>
      ) : null}
      {mode === "correct" ? (
        <CorrectionForm workspace={workspace} publication={publication} onDone={() => setMode("idle")} />
      ) : null}
    </section>
  );
}

function CorrectionForm({
  workspace,
  publication,
  onDone,
}: {
  workspace: Workspace;
  publication: Publication;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const verdict = workspace.verdict;
  const [ratingLabelId, setRatingLabelId] = useState(verdict?.ratingLabelId ?? "");
  const [summary, setSummary] = useState(verdict?.summary ?? "");
  const [explanation, setExplanation] = useState(verdict?.explanation ?? "");
  const [sources, setSources] = useState(() => toSourceDrafts(verdict?.sources ?? []));
  const [note, setNote] = useState("");
  const correct = useMutation(
    trpc.verdict.correct.mutationOptions({
      async onSuccess() {
        await queryClient.invalidateQueries({
          queryKey: trpc.claim.get.queryKey({ claimId: workspace.claim.id }),
        });
        onDone();
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    correct.mutate({
      claimId: workspace.claim.id,
      expectedVersion: publication.version,
      note,
      ratingLabelId,
      summary,
      explanation,
      sources: fromSourceDrafts(sources),
    });
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Correct the published verdict">
      <ErrorAlert error={correct.error} />
      <div className="field">
        <label htmlFor="correction-note">Correction note, shown to readers</label>
        <textarea
          id="correction-note"
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="correction-rating">Rating</label>
        <select
          id="correction-rating"
          value={ratingLabelId}
          onChange={(event) => setRatingLabelId(event.target.value)}
        >
          {workspace.ratingLabels
            .filter((label) => !label.retired || label.id === ratingLabelId)
            .map((label) => (
              <option key={label.id} value={label.id}>
                {label.label}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="correction-summary">Summary</label>
        <textarea
          id="correction-summary"
          rows={3}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="correction-explanation">Explanation</label>
        <textarea
          id="correction-explanation"
          rows={6}
          value={explanation}
          onChange={(event) => setExplanation(event.target.value)}
        />
      </div>
      <SourcesEditor sources={sources} onChange={setSources} />
      <button type="submit" disabled={correct.isPending || note.trim() === ""}>
        Publish correction
      </button>
    </form>
  );
}
