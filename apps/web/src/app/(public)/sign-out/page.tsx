import type { Metadata } from "next";
import { signOut } from "~/server/auth";

export const metadata: Metadata = { title: "Sign out", robots: { index: false } };

export default function SignOutPage() {
  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/" });
  }
  return (
    <div className="narrow">
      <h1>Sign out</h1>
      <p>You will leave the newsroom workspace. Published verdicts stay public.</p>
      <form action={signOutAction}>
        <button type="submit">Sign out</button>
      </form>
    </div>
  );
}
