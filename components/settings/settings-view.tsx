"use client";

import { fullPageLoad } from "@/lib/client/full-page-load";
import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { ZChangePassword } from "@/lib/accounts/schemas";
import { errorMessage } from "@/lib/client/api";
import { zodFieldErrors, type FieldErrors } from "@/lib/client/form-errors";
import { useAccount, useChangePassword, useCreateHousehold, useSwitchHousehold } from "@/lib/client/hooks/account";
import type { Role } from "@/lib/client/types";
import { useCan } from "@/components/app-shell/membership";
import { PageHeader } from "@/components/app-shell/page-header";
import { SignOutButton } from "@/components/app-shell/sign-out-button";
import { PasswordInput } from "@/components/auth/password-input";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Checkbox, Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { AppriseSection } from "@/components/apprise/apprise-section";
import { CalendarFeedsSection } from "@/components/calendar-feeds/calendar-feeds-section";
import { NotificationSettingsSection } from "@/components/notifications/notification-settings-section";
import { WebhooksSettingsLink } from "@/components/webhooks/webhooks-settings-link";
import { FailedJobsSection, OutboxSection } from "./admin-sections";
import { MoreLinks } from "./more-links";
import { ApiTokensSection } from "./api-tokens-section";
import { BlackoutsSection } from "./blackouts-section";
import { HouseholdSection } from "./household-section";
import { MembersSection } from "./members-section";

const ROLE_LABELS: Record<Role, string> = { OWNER: "Owner", ADMIN: "Admin", MEMBER: "Member", VIEWER: "Viewer" };

export function SettingsView() {
  const account = useAccount();
  const canManageTokens = useCan("token:manage");
  const canAdminister = useCan("member:manage");
  return (
    <>
      <PageHeader title="Settings" description="Your account, households and access for scripts." />
      <MoreLinks />
      <div className="grid gap-5 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-5">
          <CardSection id="profile" title="Profile">
            {account.isPending ? (
              <div className="flex flex-col gap-2" aria-hidden>
                <Skeleton className="h-4 w-40" />
                <Skeleton className="h-4 w-56" />
              </div>
            ) : account.isError ? (
              <ErrorAlert>{errorMessage(account.error)}</ErrorAlert>
            ) : (
              <dl className="grid gap-3 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-xs font-medium tracking-wide text-muted uppercase">Name</dt>
                  <dd className="mt-0.5">{account.data.user.name}</dd>
                </div>
                <div className="min-w-0">
                  <dt className="text-xs font-medium tracking-wide text-muted uppercase">Email</dt>
                  <dd className="mt-0.5 break-all">{account.data.user.email}</dd>
                </div>
              </dl>
            )}
            <div className="mt-5 flex flex-wrap items-center justify-between gap-3 border-t border-border pt-4">
              <p className="text-sm text-muted">Done for now?</p>
              <SignOutButton />
            </div>
          </CardSection>
          <CardSection id="appearance" title="Appearance" description="Follows your device unless you choose.">
            <ThemeToggle />
          </CardSection>
          <ChangePasswordSection />
          <NotificationSettingsSection />
          <CalendarFeedsSection />
          <AppriseSection />
        </div>
        <div className="flex min-w-0 flex-col gap-5">
          <HouseholdsSection />
          <HouseholdSection />
          <MembersSection />
          <BlackoutsSection />
          {canManageTokens ? <ApiTokensSection /> : null}
          <WebhooksSettingsLink />
          {canAdminister ? <FailedJobsSection /> : null}
          {canAdminister ? <OutboxSection /> : null}
        </div>
      </div>
    </>
  );
}

function ChangePasswordSection() {
  const change = useChangePassword();
  const {
    formRef,
    fieldErrors: errors,
    formError,
    pending,
    submit,
    validate,
  } = useFormSubmit({ fields: ["currentPassword", "newPassword"] });
  const [done, setDone] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setDone(null);
    const parsed = ZChangePassword.safeParse({
      currentPassword: form.get("currentPassword"),
      newPassword: form.get("newPassword"),
      revokeApiTokens: form.get("revokeApiTokens") === "on",
      signOutEverywhere: form.get("signOutEverywhere") === "on",
    });
    const next: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (form.get("confirmPassword") !== form.get("newPassword")) next.confirmPassword = "The two new passwords differ";
    if (!validate(next) || !parsed.success) return;
    void submit(async () => {
      const result = await change.mutateAsync(parsed.data);
      if (result.signedOut) {
        // This session ended too: clear the cookie and sign in with the new password.
        await signOut({ callbackUrl: "/sign-in" });
        return;
      }
      formElement.reset();
      const others = result.revokedSessions === 1 ? "1 other session was" : `${result.revokedSessions} other sessions were`;
      const tokens = result.revokedApiTokens === 1 ? "1 API token was" : `${result.revokedApiTokens} API tokens were`;
      setDone(
        [
          "Password changed.",
          result.revokedSessions > 0 ? `${others} signed out.` : "",
          result.revokedApiTokens > 0 ? `${tokens} revoked.` : "",
        ]
          .filter(Boolean)
          .join(" "),
      );
    });
  }

  return (
    <CardSection id="password" title="Change password" description="Every other device signed in to your account is signed out.">
      <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <Field label="Current password" error={errors.currentPassword} required>
          <PasswordInput name="currentPassword" autoComplete="current-password" />
        </Field>
        <Field label="New password" error={errors.newPassword} hint="At least 10 characters." required>
          <PasswordInput name="newPassword" autoComplete="new-password" />
        </Field>
        <Field label="Repeat new password" error={errors.confirmPassword} required>
          <PasswordInput name="confirmPassword" autoComplete="new-password" />
        </Field>
        <fieldset className="flex flex-col gap-1">
          <legend className="sr-only">When the password changes</legend>
          <Checkbox
            name="revokeApiTokens"
            defaultChecked
            label="Also revoke my API tokens"
            description="Scripts using them stop working until you create new ones under API tokens."
          />
          <Checkbox
            name="signOutEverywhere"
            label="Sign out everywhere"
            description="This device too: sign in again with the new password."
          />
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" loading={pending}>
            Change password
          </Button>
          <p role="status" aria-live="polite" className="text-sm text-success">
            {done}
          </p>
        </div>
      </form>
    </CardSection>
  );
}

function HouseholdsSection() {
  const account = useAccount();
  const create = useCreateHousehold();
  const switcher = useSwitchHousehold();
  const { toast } = useToast();
  const [name, setName] = useState("");
  const { formRef, fieldErrors, formError, pending, submit } = useFormSubmit({ fields: ["name"] });

  function switchTo(householdId: string) {
    switcher.mutate(householdId, {
      // Everything on screen belongs to the old household: start afresh.
      onSuccess: () => fullPageLoad("/dashboard"),
      onError: (error) => toast(errorMessage(error), "error"),
    });
  }

  return (
    <CardSection
      id="households"
      title="Households"
      description="Each household has its own assets, locations and members. A new household becomes the active one."
    >
      {account.isPending ? (
        <Skeleton className="h-16" />
      ) : account.isError ? (
        <ErrorAlert>{errorMessage(account.error)}</ErrorAlert>
      ) : (
        <ul className="-my-1 divide-y divide-border">
          {account.data.households.map((h) => {
            const active = h.id === account.data.activeHousehold.id;
            return (
              <li key={h.id} className="flex items-center gap-3 py-2.5">
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">{h.name}</span>
                  <span className="text-xs text-muted">{ROLE_LABELS[h.role]}</span>
                </span>
                {active ? (
                  <Badge tone="success">Active</Badge>
                ) : (
                  <Button
                    variant="outline"
                    size="sm"
                    onClick={() => switchTo(h.id)}
                    loading={switcher.isPending && switcher.variables === h.id}
                  >
                    Switch<span className="sr-only"> to {h.name}</span>
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form
        ref={formRef}
        className="mt-4 flex flex-col gap-3 border-t border-border pt-4 sm:flex-row sm:items-start"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            await create.mutateAsync(name);
            // The server makes the new household the active one: start afresh inside it.
            fullPageLoad("/dashboard");
          });
        }}
      >
        <Field label="New household" error={fieldErrors.name} className="sm:flex-1">
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={100}
            placeholder="e.g. Holiday home"
            autoComplete="off"
          />
        </Field>
        <Button type="submit" variant="outline" loading={pending} className="sm:mt-7">
          Create household
        </Button>
      </form>
      {formError ? <ErrorAlert className="mt-3">{formError}</ErrorAlert> : null}
    </CardSection>
  );
}
