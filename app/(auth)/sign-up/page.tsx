import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackUrl } from "@/components/auth/callback-url";
import { currentAuth } from "@/lib/server/auth/page-auth";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentAuth()) redirect(callbackUrl);
  // An invitation link passes the invited address along, so the new account matches it.
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : "";
  return <SignUpForm callbackUrl={callbackUrl} defaultEmail={email} />;
}
