import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import ClaimReview" };

export default function ImportPage() {
  return (
    <div className="narrow stack">
      <h1>Import fact checks</h1>
      <p className="muted">
        Paste another fact-checker’s ClaimReview JSON-LD, or the HTML of their fact-check page, or choose a
        saved file. Every ClaimReview found becomes a claim with an external verdict credited to its
        publisher, which readers see as theirs, never ours; importing the same review again updates it. See
        also <Link href="/desk/export">CSV export</Link> and{" "}
        <Link href="/desk/pages">methodology and corrections pages</Link>.
      </p>
      <ImportForm />
    </div>
  );
}
