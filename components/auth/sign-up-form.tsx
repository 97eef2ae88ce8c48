"use client";

import { fullPageLoad } from "@/lib/client/full-page-load";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { ZSignUp } from "@/lib/accounts/schemas";
import { browserHouseholdLocale } from "@/lib/households/browser-locale";
import { apiFetch } from "@/lib/client/api";
import { zodFieldErrors } from "@/lib/client/form-errors";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { PasswordInput } from "./password-input";
import { withCallback } from "./callback-url";
import { signInWithPassword } from "./sign-in";

const FIELDS = ["name", "email", "password", "householdName"] as const;

export function SignUpForm({ callbackUrl = "/dashboard", defaultEmail = "" }: { callbackUrl?: string; defaultEmail?: string }) {
  const { formRef, fieldErrors: errors, formError, pending, submit, validate } = useFormSubmit({ fields: FIELDS });
  // Signed in: the button stays busy while the next page loads.
  const [leaving, setLeaving] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const householdName = String(form.get("householdName") ?? "").trim();
    const parsed = ZSignUp.safeParse({
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
      householdName: householdName || undefined,
      householdLocale: browserHouseholdLocale(),
    });
    if (!parsed.success) {
      validate(zodFieldErrors(parsed.error));
      return;
    }
    const { email, password } = parsed.data;
    void submit(async () => {
      await apiFetch("/api/account", { method: "POST", body: parsed.data });
      const failure = await signInWithPassword(email, password);
      if (failure) throw new Error(`Your account was created, but signing in failed: ${failure}`);
      setLeaving(true);
      fullPageLoad(callbackUrl);
    });
  }

  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">Create your account</h1>
      <p className="mt-1 text-sm text-muted">You will get a household of your own, and can invite others later.</p>
      <form ref={formRef} onSubmit={onSubmit} className="mt-6 flex flex-col gap-4" noValidate>
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <Field label="Your name" error={errors.name} required>
          <Input name="name" autoComplete="name" required maxLength={100} />
        </Field>
        <Field label="Email" error={errors.email} required>
          <Input
            name="email"
            type="email"
            defaultValue={defaultEmail}
            autoComplete="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
        </Field>
        <Field label="Password" error={errors.password} hint="At least 10 characters." required>
          <PasswordInput name="password" autoComplete="new-password" required minLength={10} />
        </Field>
        <Field label="Household name" error={errors.householdName} hint="Optional. For example “The Smiths’ home”.">
          <Input name="householdName" autoComplete="off" maxLength={100} />
        </Field>
        <Button type="submit" loading={pending || leaving} className="mt-2 w-full">
          Create account
        </Button>
      </form>
      <p className="mt-6 text-center text-sm text-muted">
        Already have an account?{" "}
        <Link href={withCallback("/sign-in", callbackUrl)} className="font-medium text-primary underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </Card>
  );
}
