"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";

interface EditableClaim {
  id: string;
  text: string;
  quote: string;
  speaker: string | null;
  tags: string[];
}

/** Inline editing of one claim: its wording, speaker and tags, or splitting it in two. */
export function ClaimEditor({ claim, onDone }: { claim: EditableClaim; onDone: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const [text, setText] = useState(claim.text);
  const [speaker, setSpeaker] = useState(claim.speaker ?? "");
  const [tags, setTags] = useState(claim.tags.join(", "));
  const [splitAt, setSplitAt] = useState("");
  const update = useMutation(trpc.claim.update.mutationOptions({ onSuccess: onDone }));
  const split = useMutation(trpc.claim.split.mutationOptions({ onSuccess: onDone }));
  const splitOffset = splitAt.trim() ? claim.quote.indexOf(splitAt.trim()) : -1;

  function save(event: FormEvent) {
    event.preventDefault();
    update.mutate({
      claimId: claim.id,
      text,
      speaker,
      tags: tags
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
    });
  }

  return (
    <div className="stack claim-editor">
      <form className="form" onSubmit={save} aria-label="Edit claim">
        <ErrorAlert error={update.error} />
        <div className="field">
          <label htmlFor={`text-${claim.id}`}>Claim wording</label>
          <textarea
            id={`text-${claim.id}`}
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`speaker-${claim.id}`}>Speaker</label>
            <input
              id={`speaker-${claim.id}`}
              value={speaker}
              onChange={(event) => setSpeaker(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`tags-${claim.id}`}>Tags</label>
            <input id={`tags-${claim.id}`} value={tags} onChange={(event) => setTags(event.target.value)} />
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="small" disabled={update.isPending}>
            Save claim
          </button>
        </div>
      </form>
      <form
        className="form"
        aria-label="Split claim"
        onSubmit={(event) => {
          event.preventDefault();
          if (splitOffset > 0) split.mutate({ claimId: claim.id, at: splitOffset });
        }}
      >
        <ErrorAlert error={split.error} />
        <div className="field">
          <label htmlFor={`split-${claim.id}`}>Split: the second claim starts with…</label>
          <input
            id={`split-${claim.id}`}
            value={splitAt}
            onChange={(event) => setSplitAt(event.target.value)}
          />
          {splitAt.trim() && splitOffset <= 0 ? (
            <span className="field-error">Type words from the middle of the quoted text.</span>
          ) : null}
        </div>
        <div>
          <button type="submit" className="secondary small" disabled={splitOffset <= 0 || split.isPending}>
            Split claim
          </button>
        </div>
      </form>
    </div>
  );
}
