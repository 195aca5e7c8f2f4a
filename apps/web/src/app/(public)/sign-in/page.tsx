import type { Metadata } from "next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = (await searchParams).next;
  // Only same-site paths, so the form can't be used to bounce users elsewhere.
  const redirectTo = next?.startsWith("/") && !next.startsWith("//") ? next : "/desk";
  return (
    <div className="narrow">
      <h1>Sign in to the newsroom</h1>
      <p className="muted">Readers don't need an account: verdicts are public.</p>
      <SignInForm redirectTo={redirectTo} />
    </div>
  );
}
