import type { Metadata } from "next";
import { ExportForm } from "./export-form";

export const metadata: Metadata = { title: "Export verdicts" };

export default function ExportPage() {
  return (
    <div className="narrow stack">
      <h1>Export verdicts as CSV</h1>
      <p className="muted">
        One row per published verdict of this newsroom: claim, speaker, rating, summary, sources, article,
        dates and version. Opens in any spreadsheet (UTF-8 with BOM).
      </p>
      <ExportForm />
    </div>
  );
}
