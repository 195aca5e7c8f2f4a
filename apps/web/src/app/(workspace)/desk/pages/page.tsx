import { hasPermission } from "@claimdesk/api";
import type { Metadata } from "next";
import { requireWorkspaceContext } from "~/server/session";
import { PagesForm } from "./pages-form";

export const metadata: Metadata = { title: "Methodology and corrections policy" };

export default async function NewsroomPagesPage() {
  const context = await requireWorkspaceContext();
  const role = context.membership?.role;
  if (!role || !hasPermission(role, "newsroom.pages")) {
    return <p className="alert alert--info">Only an admin can edit the newsroom’s public pages.</p>;
  }
  return (
    <div className="narrow stack">
      <h1>Methodology and corrections policy</h1>
      <p className="muted">
        Shown to readers at <a href="/about/methodology">/about/methodology</a> and{" "}
        <a href="/about/corrections-policy">/about/corrections-policy</a> (IFCN transparency). Plain text;
        leave a blank line between paragraphs.
      </p>
      <PagesForm />
    </div>
  );
}
