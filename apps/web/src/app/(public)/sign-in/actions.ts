"use server";

import { ZSignIn } from "@claimdesk/auth";
import { AuthError } from "next-auth";
import { signIn } from "~/server/auth";

export interface SignInState {
  error: string | null;
  email: string;
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const parsed = ZSignIn.safeParse({ email, password: form.get("password") });
  if (!parsed.success) {
    return { error: parsed.error.issues[0]?.message ?? "Check your email and password.", email };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: String(form.get("redirectTo") ?? "/desk") });
  } catch (error) {
    // signIn signals success by throwing a redirect, which must propagate.
    if (error instanceof AuthError) {
      return {
        error:
          error.type === "CredentialsSignin"
            ? "Wrong email or password. Check both and try again."
            : "Sign-in failed. Try again in a moment.",
        email,
      };
    }
    throw error;
  }
  return { error: null, email };
}
