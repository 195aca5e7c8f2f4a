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
  useEffect(() => {
    if (pages.data) {
      setMethodology(pages.data.methodology);
      setCorrectionsPolicy(pages.data.correctionsPolicy);
    }
  }, [pages.data]);
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
          value={methodology}
          onChange={(event) => setMethodology(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="page-corrections">Corrections policy</label>
        <textarea
          id="page-corrections"
          rows={8}
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
        <button type="submit" disabled={save.isPending || pages.isPending}>
          Save pages
        </button>
      </div>
    </form>
  );
}
