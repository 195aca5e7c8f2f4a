import { hasPermission } from "@claimdesk/api";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireWorkspaceContext } from "~/server/session";
import { TRPCReactProvider } from "~/trpc/react";
import { NewsroomSwitcher } from "./newsroom-switcher";
import { NotificationBell } from "./notification-bell";

export const metadata: Metadata = { robots: { index: false } };

/** The newsroom workspace: signed-in only, with the client data layer the reader site does without. */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const context = await requireWorkspaceContext();
  const role = context.membership?.role;
  return (
    <TRPCReactProvider>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href="/desk" className="brand">
            ClaimDesk <span className="brand__tag">{context.membership?.newsroomName ?? "No newsroom"}</span>
          </Link>
          <nav aria-label="Workspace">
            {role && hasPermission(role, "article.read") ? <Link href="/desk/articles">Articles</Link> : null}
            {role && hasPermission(role, "article.create") ? (
              <Link href="/desk/ingest">Bulk import</Link>
            ) : null}
            {role && hasPermission(role, "queue.read") ? <Link href="/desk/queue">My queue</Link> : null}
            {role && hasPermission(role, "verdict.review") ? <Link href="/desk/review">Review</Link> : null}
            {role && hasPermission(role, "claim.assign") ? <Link href="/desk/workload">Workload</Link> : null}
            {role && hasPermission(role, "audit.read") ? <Link href="/desk/audit">Audit</Link> : null}
            {role && hasPermission(role, "newsroom.manage") ? <Link href="/desk/admin">Admin</Link> : null}
            <NotificationBell />
            {role && hasPermission(role, "verdict.import") ? (
              <Link href="/desk/import">Publishing</Link>
            ) : null}
            <Link href="/">Public site</Link>
            <span className="muted small">
              {context.user?.name} · {role?.replace("_", "-")}
            </span>
            {context.membership ? (
              <NewsroomSwitcher memberships={context.memberships} activeId={context.membership.newsroomId} />
            ) : null}
            <Link href="/sign-out">Sign out</Link>
          </nav>
        </div>
      </header>
      <main id="main" className="container">
        {context.membership ? (
          children
        ) : (
          <p className="alert alert--info">
            You are not a member of any newsroom yet. Ask an admin to add you.
          </p>
        )}
      </main>
    </TRPCReactProvider>
  );
}
