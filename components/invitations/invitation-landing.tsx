"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { withCallback } from "@/components/auth/callback-url";
import { ErrorAlert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { errorMessage } from "@/lib/client/api";
import { fullPageLoad } from "@/lib/client/full-page-load";
import { useAcceptInvitation } from "@/lib/client/hooks/invitations";
import type { InvitationPreview, InvitationState } from "@/lib/invitations/schemas";

const ROLE_WORDS: Record<InvitationPreview["role"], string> = {
  ADMIN: "an admin: everything, including members and settings",
  MEMBER: "a member: adds and edits assets, schedules and tasks",
  VIEWER: "a viewer: sees everything, changes nothing",
};

const DEAD_ENDS: Record<Exclude<InvitationState, "PENDING">, { title: string; text: string }> = {
  EXPIRED: {
    title: "This invitation has expired",
    text: "Invitation links work for 7 days. Ask the person who invited you to send a new one.",
  },
  ACCEPTED: { title: "This invitation has already been used", text: "Each link works once. If that wasn't you, ask for a new invitation." },
  REVOKED: {
    title: "This invitation was revoked",
    text: "It was withdrawn or replaced by a newer one. Ask the person who invited you for a new link.",
  },
};

interface Viewer {
  name: string;
  email: string;
}

/** The page an invitation e-mail links to: what the invitation is, then sign in or up, then join. */
export function InvitationLanding({
  token,
  invitation,
  viewer,
}: {
  token: string;
  invitation: InvitationPreview | null;
  viewer: Viewer | null;
}) {
  if (!invitation) {
    return (
      <DeadEnd
        title="This invitation link is not valid"
        text="Check that you opened the whole link from the e-mail, or ask for a new invitation."
        signedIn={viewer !== null}
      />
    );
  }
  if (invitation.state !== "PENDING") {
    const { title, text } = DEAD_ENDS[invitation.state];
    return <DeadEnd title={title} text={text} signedIn={viewer !== null} householdName={invitation.householdName} />;
  }
  const here = `/invite/${encodeURIComponent(token)}`;
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">Join {invitation.householdName}</h1>
      <p className="mt-2 text-sm">
        {invitation.inviterName ? <strong>{invitation.inviterName}</strong> : "A member"} invited you to keep track of{" "}
        <strong>{invitation.householdName}</strong>&apos;s things together, as {ROLE_WORDS[invitation.role]}.
      </p>
      <p className="mt-2 text-sm text-muted">
        The invitation is for <strong className="break-all text-fg">{invitation.email}</strong>.
      </p>
      {viewer === null ? (
        <div className="mt-6 flex flex-col gap-3">
          <p className="text-sm">Sign in or create an account with that address; you come back here to join.</p>
          <ButtonLink href={withCallback("/sign-in", here)} className="w-full">
            Sign in
          </ButtonLink>
          <ButtonLink
            href={`${withCallback("/sign-up", here)}&email=${encodeURIComponent(invitation.email)}`}
            variant="outline"
            className="w-full"
          >
            Create an account
          </ButtonLink>
        </div>
      ) : viewer.email.toLowerCase() === invitation.email.toLowerCase() ? (
        <JoinButton token={token} householdName={invitation.householdName} />
      ) : (
        <WrongAccount viewer={viewer} invitedEmail={invitation.email} here={here} />
      )}
    </Card>
  );
}

function JoinButton({ token, householdName }: { token: string; householdName: string }) {
  const accept = useAcceptInvitation();
  return (
    <div className="mt-6 flex flex-col gap-3">
      {accept.isError ? <ErrorAlert>{errorMessage(accept.error)}</ErrorAlert> : null}
      <Button
        className="w-full"
        loading={accept.isPending || accept.isSuccess}
        onClick={() =>
          // The household is now the active one: load the app afresh inside it.
          accept.mutate(token, { onSuccess: () => fullPageLoad("/dashboard") })
        }
      >
        Join {householdName}
      </Button>
    </div>
  );
}

function WrongAccount({ viewer, invitedEmail, here }: { viewer: Viewer; invitedEmail: string; here: string }) {
  const [pending, setPending] = useState(false);
  return (
    <div className="mt-6 flex flex-col gap-3">
      <ErrorAlert title="This invitation is for another address">
        You are signed in as {viewer.email}. Sign out, then sign in or create an account as {invitedEmail} to accept it.
      </ErrorAlert>
      <Button
        variant="outline"
        loading={pending}
        onClick={() => {
          setPending(true);
          void signOut({ callbackUrl: here });
        }}
      >
        Sign out and switch account
      </Button>
    </div>
  );
}

function DeadEnd({ title, text, signedIn, householdName }: { title: string; text: string; signedIn: boolean; householdName?: string }) {
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {householdName ? <p className="mt-2 text-sm text-muted">Invitation to {householdName}.</p> : null}
      <p className="mt-2 text-sm">{text}</p>
      <ButtonLink href={signedIn ? "/dashboard" : "/sign-in"} variant="outline" className="mt-6 w-full">
        {signedIn ? "Go to your dashboard" : "Sign in"}
      </ButtonLink>
    </Card>
  );
}
