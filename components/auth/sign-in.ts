"use client";

import { signIn } from "next-auth/react";

/** Signs in with next-auth's credentials provider; resolves to an error message or null. */
export async function signInWithPassword(email: string, password: string): Promise<string | null> {
  let result: Awaited<ReturnType<typeof signIn>>;
  try {
    result = await signIn("credentials", { email, password, redirect: false });
  } catch {
    return "Could not reach the server. Check your connection and try again.";
  }
  if (!result) return "Could not reach the server. Check your connection and try again.";
  if (result.ok && !result.error) return null;
  if (result.error === "CredentialsSignin") return "Email or password is incorrect";
  if (result.error === "RATE_LIMITED") return "Too many attempts. Wait a few seconds and try again.";
  return "Sign-in failed. Try again.";
}
