import Link from "next/link";
import type { ReactNode } from "react";

/** The reader site: server-rendered, no client data layer. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href="/" className="brand">
            ClaimDesk <span className="brand__tag">Fact checks</span>
          </Link>
          <nav aria-label="Site">
            <Link href="/">Latest verdicts</Link>
            <Link href="/search">Search</Link>
            <Link href="/desk">Newsroom sign-in</Link>
          </nav>
        </div>
      </header>
      <main id="main" className="container">
        {children}
      </main>
      <footer className="site-footer container">
        <p>
          Verdicts are reviewed by a second editor before publication. Corrections are shown on each verdict.{" "}
          <Link href="/about/methodology">How we rate claims</Link> ·{" "}
          <Link href="/about/corrections-policy">Corrections policy</Link> · <a href="/feed.xml">RSS</a>
        </p>
      </footer>
    </>
  );
}
