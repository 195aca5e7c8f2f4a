"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";

export function PagesForm() {
  const trpc = useTRPC();
  const pages = useQuery(trpc.publishing.pages.queryOptions());
  const [methodology, setMethodology] = useState("");
  const [correctionsPolicy, setCorrectionsPolicy] = useState("");
  // Fill the fields once, when the saved text arrives; until then they are disabled, so nothing typed
  // early is overwritten.
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (pages.data && !loaded) {
      setMethodology(pages.data.methodology);
      setCorrectionsPolicy(pages.data.correctionsPolicy);
      setLoaded(true);
    }
  }, [pages.data, loaded]);
  const save = useMutation(trpc.publishing.updatePages.mutationOptions());

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ methodology, correctionsPolicy });
  }

  return (
    <form className="form card" onSubmit={submit}>
      <ErrorAlert error={pages.error ?? save.error} />
      <div className="field">
        <label htmlFor="page-methodology">Methodology</label>
        <textarea
          id="page-methodology"
          rows={10}
          disabled={!loaded}
          value={methodology}
          onChange={(event) => setMethodology(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="page-corrections">Corrections policy</label>
        <textarea
          id="page-corrections"
          rows={8}
          disabled={!loaded}
          value={correctionsPolicy}
          onChange={(event) => setCorrectionsPolicy(event.target.value)}
        />
      </div>
      {save.isSuccess ? (
        <p className="alert alert--ok" role="status">
          Saved. Readers see the new text now.
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={save.isPending || !loaded}>
          Save pages
        </button>
      </div>
    </form>
  );
}
