"use client";

import { fullPageLoad } from "@/lib/client/full-page-load";
import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PasswordInput } from "./password-input";
import { withCallback } from "./callback-url";
import { signInWithPassword } from "./sign-in";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const failure = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
    if (failure) {
      setError(failure);
      setPending(false);
      passwordRef.current?.select();
      return;
    }
    // A full load so the server layout and every cache start from the new session.
    fullPageLoad(callbackUrl);
  }

  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      <p className="mt-1 text-sm text-muted">Welcome back. Sign in to your household.</p>
      <form onSubmit={onSubmit} className="mt-6 flex flex-col gap-4">
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <Field label="Email" required>
          <Input name="email" type="email" autoComplete="email" inputMode="email" autoCapitalize="none" spellCheck={false} required />
        </Field>
        <Field label="Password" required>
          <PasswordInput ref={passwordRef} name="password" autoComplete="current-password" required />
        </Field>
        <Button type="submit" loading={pending} className="mt-2 w-full">
          Sign in
        </Button>
      </form>
      <p className="mt-6 text-center text-sm text-muted">
        New here?{" "}
        <Link href={withCallback("/sign-up", callbackUrl)} className="font-medium text-primary underline-offset-4 hover:underline">
          Create an account
        </Link>
      </p>
    </Card>
  );
}
