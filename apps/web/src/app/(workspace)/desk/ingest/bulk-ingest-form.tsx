"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { formatDateTime } from "~/components/format";
import { useTRPC } from "~/trpc/react";

export function BulkIngestForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState("");
  const [label, setLabel] = useState("");
  const batches = useQuery(trpc.ingest.batches.queryOptions());
  const create = useMutation(
    trpc.ingest.createBatch.mutationOptions({
      onSuccess: (result) => router.push(`/desk/ingest/${result.batchId}`),
    }),
  );

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setText(await file.text());
    if (!label) setLabel(file.name);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ text, label });
  }

  return (
    <>
      <form className="form card" onSubmit={submit}>
        <ErrorAlert error={create.error} />
        <div className="field">
          <label htmlFor="bulk-file">Upload a list (.txt, .csv or .jsonl)</label>
          <input
            id="bulk-file"
            type="file"
            accept=".txt,.csv,.jsonl,.json,text/plain,text/csv"
            onChange={pickFile}
          />
        </div>
        <div className="field">
          <label htmlFor="bulk-text">Or paste it</label>
          <textarea id="bulk-text" rows={10} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="bulk-label">Name for this batch (optional)</label>
          <input id="bulk-label" value={label} onChange={(event) => setLabel(event.target.value)} />
        </div>
        <div>
          <button type="submit" disabled={create.isPending || text.trim() === ""}>
            Start import
          </button>
        </div>
      </form>
      <section aria-labelledby="batches-heading">
        <h2 id="batches-heading">Recent batches</h2>
        {batches.data?.length === 0 ? <p className="empty">No imports yet.</p> : null}
        <ul className="verdict-list">
          {batches.data?.map((batch) => (
            <li key={batch.id} className="card">
              <Link href={`/desk/ingest/${batch.id}`}>{batch.label}</Link>
              <p className="muted small">
                {formatDateTime(batch.createdAt)} · {batch.done} of {batch.total} done
                {batch.failed > 0 ? ` · ${batch.failed} failed` : ""}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
