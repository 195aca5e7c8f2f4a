"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";
import type { Workspace } from "./claim-workspace";
import { fromSourceDrafts, type SourceDraft, SourcesEditor, toSourceDrafts } from "./sources-editor";

interface DraftFields {
  ratingLabelId: string;
  summary: string;
  explanation: string;
  sources: SourceDraft[];
}

const storageKey = (claimId: string) => `claimdesk:verdict-draft:${claimId}`;

function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}

/**
 * The fact-checker's verdict editor. Unsaved text is mirrored to this browser's storage, and a save
 * that lost a race shows the stored version beside the user's own text instead of overwriting it.
 */
export function VerdictForm({ workspace }: { workspace: Workspace }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { verdict, claim } = workspace;
  const [version, setVersion] = useState<number | null>(verdict?.version ?? null);
  const [fields, setFields] = useState<DraftFields>(() => ({
    ratingLabelId: verdict?.ratingLabelId ?? "",
    summary: verdict?.summary ?? "",
    explanation: verdict?.explanation ?? "",
    sources: toSourceDrafts(verdict?.sources ?? []),
  }));
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation(trpc.verdict.saveDraft.mutationOptions());
  const submit = useMutation(trpc.verdict.submit.mutationOptions());
  const busy = save.isPending || submit.isPending;
  const conflict = isConflict(save.error) || isConflict(submit.error);

  useEffect(() => {
    const stored = window.localStorage.getItem(storageKey(claim.id));
    if (!stored) return;
    try {
      const draft = JSON.parse(stored) as DraftFields & { baseVersion: number | null };
      // Keep the version the text was based on, so a save after someone else's still conflicts.
      setFields(draft);
      setVersion(draft.baseVersion);
      setNotice("Restored your unsaved changes from this browser.");
    } catch {
      window.localStorage.removeItem(storageKey(claim.id));
    }
  }, [claim.id]);

  function change(next: Partial<DraftFields>) {
    setFields((current) => {
      const updated = { ...current, ...next };
      window.localStorage.setItem(storageKey(claim.id), JSON.stringify({ ...updated, baseVersion: version }));
      return updated;
    });
  }

  async function saveDraft(baseVersion: number | null): Promise<number> {
    const result = await save.mutateAsync({
      claimId: claim.id,
      expectedVersion: baseVersion,
      ratingLabelId: fields.ratingLabelId || null,
      summary: fields.summary,
      explanation: fields.explanation,
      sources: fromSourceDrafts(fields.sources),
    });
    setVersion(result.version);
    window.localStorage.removeItem(storageKey(claim.id));
    // The ClaimReview check reads the saved draft.
    await queryClient.invalidateQueries({
      queryKey: trpc.publishing.lintClaimReview.queryKey({ claimId: claim.id }),
    });
    return result.version;
  }

  async function run(action: () => Promise<string>) {
    setNotice(null);
    save.reset();
    submit.reset();
    try {
      setNotice(await action());
    } catch (error) {
      // Errors show from the mutation state; on a conflict, fetch the version that won.
      if (isConflict(error)) {
        await queryClient.invalidateQueries({ queryKey: trpc.claim.get.queryKey({ claimId: claim.id }) });
      }
    }
  }

  function onSave(event: FormEvent) {
    event.preventDefault();
    void run(async () => `Draft saved (version ${await saveDraft(version)}).`);
  }

  function onSubmit() {
    void run(async () => {
      const saved = await saveDraft(version);
      await submit.mutateAsync({ claimId: claim.id, expectedVersion: saved });
      await queryClient.invalidateQueries({ queryKey: trpc.claim.get.queryKey({ claimId: claim.id }) });
      return "Submitted for review.";
    });
  }

  function keepMine() {
    const current = verdict?.version ?? null;
    void run(
      async () => `Saved your text over version ${current} (now version ${await saveDraft(current)}).`,
    );
  }

  const rating = (id: string | null | undefined) =>
    workspace.ratingLabels.find((label) => label.id === id)?.label ?? "no rating";

  return (
    <form className="card form" onSubmit={onSave} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">Your verdict</h2>
      <ErrorAlert error={save.error ?? submit.error} />
      {conflict && verdict ? (
        <section className="conflict" aria-label="Saved version and yours">
          <div>
            <h3>Saved version {verdict.version}</h3>
            <p>
              <strong>{rating(verdict.ratingLabelId)}</strong>
            </p>
            <p>{verdict.summary}</p>
            <p className="muted small pre-wrap">{verdict.explanation}</p>
          </div>
          <div>
            <h3>Your text (not saved)</h3>
            <p>
              <strong>{rating(fields.ratingLabelId)}</strong>
            </p>
            <p>{fields.summary}</p>
            <p className="muted small pre-wrap">{fields.explanation}</p>
          </div>
          <div className="actions">
            <button type="button" onClick={keepMine} disabled={busy}>
              Keep my text and save it as the new version
            </button>
          </div>
        </section>
      ) : null}
      {notice ? (
        <p className="alert alert--ok" role="status">
          {notice}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="rating">Rating</label>
        <select
          id="rating"
          value={fields.ratingLabelId}
          onChange={(event) => change({ ratingLabelId: event.target.value })}
        >
          <option value="">Choose a rating…</option>
          {workspace.ratingLabels
            .filter((label) => !label.retired || label.id === fields.ratingLabelId)
            .map((label) => (
              <option key={label.id} value={label.id} title={label.description ?? undefined}>
                {label.label}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="summary">Summary</label>
        <textarea
          id="summary"
          rows={3}
          value={fields.summary}
          onChange={(event) => change({ summary: event.target.value })}
        />
        <span className="hint">One or two sentences readers see first.</span>
      </div>
      <div className="field">
        <label htmlFor="explanation">Explanation</label>
        <textarea
          id="explanation"
          rows={8}
          value={fields.explanation}
          onChange={(event) => change({ explanation: event.target.value })}
        />
      </div>
      <SourcesEditor sources={fields.sources} onChange={(sources) => change({ sources })} />
      <div className="actions">
        <button type="submit" className="secondary" disabled={busy}>
          Save draft
        </button>
        <button type="button" disabled={busy} onClick={onSubmit}>
          Submit for review
        </button>
        {version ? <span className="muted small">version {version}</span> : null}
      </div>
    </form>
  );
}
