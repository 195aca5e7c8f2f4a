"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";
import type { Workspace } from "./claim-workspace";

interface SourceDraft {
  key: number;
  url: string;
  title: string;
  publisher: string;
  quote: string;
  accessedAt: string;
}

const today = () => new Date().toISOString().slice(0, 10);
let nextKey = 0;
const blankSource = (): SourceDraft => ({
  key: nextKey++,
  url: "",
  title: "",
  publisher: "",
  quote: "",
  accessedAt: today(),
});

export function VerdictForm({ workspace }: { workspace: Workspace }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { verdict, claim } = workspace;
  const [version, setVersion] = useState<number | null>(verdict?.version ?? null);
  const [ratingLabelId, setRatingLabelId] = useState(verdict?.ratingLabelId ?? "");
  const [summary, setSummary] = useState(verdict?.summary ?? "");
  const [explanation, setExplanation] = useState(verdict?.explanation ?? "");
  const [sources, setSources] = useState<SourceDraft[]>(() =>
    verdict && verdict.sources.length > 0
      ? verdict.sources.map((source) => ({
          key: nextKey++,
          url: source.url,
          title: source.title ?? "",
          publisher: source.publisher ?? "",
          quote: source.quote ?? "",
          accessedAt: new Date(source.accessedAt).toISOString().slice(0, 10),
        }))
      : [blankSource()],
  );
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation(trpc.verdict.saveDraft.mutationOptions());
  const submit = useMutation(trpc.verdict.submit.mutationOptions());
  const busy = save.isPending || submit.isPending;

  function payload() {
    return {
      claimId: claim.id,
      expectedVersion: version,
      ratingLabelId: ratingLabelId || null,
      summary,
      explanation,
      // A row left completely empty is not a source, so it isn't sent.
      sources: sources
        .filter(
          (source) => source.url.trim() !== "" || source.title.trim() !== "" || source.quote.trim() !== "",
        )
        .map(({ key: _key, accessedAt, ...source }) => ({ ...source, accessedAt: new Date(accessedAt) })),
    };
  }

  async function saveDraft(): Promise<number> {
    const result = await save.mutateAsync(payload());
    setVersion(result.version);
    return result.version;
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    submit.reset();
    try {
      const saved = await saveDraft();
      setNotice(`Draft saved (version ${saved}).`);
    } catch {
      // The error is shown from the mutation state; the form keeps every field as typed.
    }
  }

  async function onSubmit() {
    setNotice(null);
    try {
      const saved = await saveDraft();
      await submit.mutateAsync({ claimId: claim.id, expectedVersion: saved });
      setNotice("Submitted for review.");
      await queryClient.invalidateQueries({ queryKey: trpc.claim.get.queryKey({ claimId: claim.id }) });
    } catch {
      // Shown from the mutation state.
    }
  }

  function updateSource(key: number, field: keyof Omit<SourceDraft, "key">, value: string) {
    setSources((current) =>
      current.map((source) => (source.key === key ? { ...source, [field]: value } : source)),
    );
  }

  return (
    <form className="card form" onSubmit={onSave} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">Your verdict</h2>
      <ErrorAlert error={save.error ?? submit.error} />
      {notice ? (
        <p className="alert alert--ok" role="status">
          {notice}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="rating">Rating</label>
        <select id="rating" value={ratingLabelId} onChange={(event) => setRatingLabelId(event.target.value)}>
          <option value="">Choose a rating…</option>
          {workspace.ratingLabels
            .filter((label) => !label.retired || label.id === ratingLabelId)
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
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
        />
        <span className="hint">One or two sentences readers see first.</span>
      </div>
      <div className="field">
        <label htmlFor="explanation">Explanation</label>
        <textarea
          id="explanation"
          rows={8}
          value={explanation}
          onChange={(event) => setExplanation(event.target.value)}
        />
      </div>
      <fieldset className="stack" style={{ border: "none", padding: 0, margin: 0 }}>
        <legend className="field">
          <strong>Sources</strong>
        </legend>
        {sources.map((source, index) => (
          <div key={source.key} className="source-editor" data-testid="source">
            <div className="field">
              <label htmlFor={`source-url-${source.key}`}>Source {index + 1} URL</label>
              <input
                id={`source-url-${source.key}`}
                type="url"
                value={source.url}
                onChange={(event) => updateSource(source.key, "url", event.target.value)}
              />
            </div>
            <div className="field-row">
              <div className="field">
                <label htmlFor={`source-title-${source.key}`}>Title</label>
                <input
                  id={`source-title-${source.key}`}
                  value={source.title}
                  onChange={(event) => updateSource(source.key, "title", event.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`source-publisher-${source.key}`}>Publisher</label>
                <input
                  id={`source-publisher-${source.key}`}
                  value={source.publisher}
                  onChange={(event) => updateSource(source.key, "publisher", event.target.value)}
                />
              </div>
            </div>
            <div className="field">
              <label htmlFor={`source-quote-${source.key}`}>Quote</label>
              <textarea
                id={`source-quote-${source.key}`}
                rows={2}
                value={source.quote}
                onChange={(event) => updateSource(source.key, "quote", event.target.value)}
              />
            </div>
            <div className="field-row">
              <div className="field">
                <label htmlFor={`source-accessed-${source.key}`}>Accessed on</label>
                <input
                  id={`source-accessed-${source.key}`}
                  type="date"
                  value={source.accessedAt}
                  onChange={(event) => updateSource(source.key, "accessedAt", event.target.value)}
                />
              </div>
              <div className="actions" style={{ alignSelf: "end" }}>
                <button
                  type="button"
                  className="danger small"
                  onClick={() => setSources((current) => current.filter((item) => item.key !== source.key))}
                >
                  Remove source {index + 1}
                </button>
              </div>
            </div>
          </div>
        ))}
        <div>
          <button
            type="button"
            className="secondary small"
            onClick={() => setSources((current) => [...current, blankSource()])}
          >
            Add a source
          </button>
        </div>
      </fieldset>
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
