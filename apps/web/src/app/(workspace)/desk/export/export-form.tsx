"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";

export function ExportForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [includeUnpublished, setIncludeUnpublished] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await queryClient.fetchQuery(
        trpc.publishing.exportCsv.queryOptions(
          {
            from: from ? new Date(`${from}T00:00:00Z`) : null,
            to: to ? new Date(`${to}T23:59:59Z`) : null,
            includeUnpublished,
          },
          { staleTime: 0 },
        ),
      );
      const url = URL.createObjectURL(new Blob([result.csv], { type: "text/csv;charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = result.filename;
      link.click();
      URL.revokeObjectURL(url);
      setStatus(
        `Downloaded ${result.rowCount} verdict${result.rowCount === 1 ? "" : "s"} as ${result.filename}.`,
      );
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="form card" onSubmit={submit}>
      <div className="field-row">
        <div className="field">
          <label htmlFor="export-from">Published from</label>
          <input
            id="export-from"
            type="date"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="export-to">Published to</label>
          <input id="export-to" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
      </div>
      <label>
        <input
          type="checkbox"
          checked={includeUnpublished}
          onChange={(event) => setIncludeUnpublished(event.target.checked)}
        />{" "}
        Include unpublished verdicts
      </label>
      <ErrorAlert error={error} />
      {status ? (
        <p className="alert alert--ok" role="status">
          {status}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit">Download CSV</button>
      </div>
    </form>
  );
}
