import type { Metadata } from "next";
import { BulkIngestForm } from "./bulk-ingest-form";

export const metadata: Metadata = { title: "Bulk import" };

export default function BulkIngestPage() {
  return (
    <div className="stack">
      <h1>Bulk import</h1>
      <p className="muted">
        Paste or upload links (one per line, or a CSV with a URL column), or JSON Lines of{" "}
        <code>{`{"title", "body", "url", "publisher", "published_at"}`}</code>. Each article is fetched and
        split in the background; you can follow the progress and retry failures.
      </p>
      <BulkIngestForm />
    </div>
  );
}
