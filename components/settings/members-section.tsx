"use client";

import { useState } from "react";
import { errorMessage } from "@/lib/client/api";
import { useMembers } from "@/lib/client/hooks/account";
import { useCreateInvitation, useInvitations, useRevokeInvitation } from "@/lib/client/hooks/invitations";
import type { Role } from "@/lib/client/types";
import { INVITABLE_ROLES, type TInvitationOut } from "@/lib/invitations/schemas";
import { useCan } from "@/components/app-shell/membership";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { ConfirmDialog, Dialog, FormDialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";
import { Input, Select } from "@/components/ui/input";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { useFormSubmit } from "@/components/ui/use-form-submit";

type InvitableRole = (typeof INVITABLE_ROLES)[number];

const ROLE_LABELS: Record<Role, string> = { OWNER: "Owner", ADMIN: "Admin", MEMBER: "Member", VIEWER: "Viewer" };
const ROLE_HINTS: Record<InvitableRole, string> = {
  ADMIN: "Admin: everything, including members and settings",
  MEMBER: "Member: adds and edits assets, schedules and tasks",
  VIEWER: "Viewer: sees everything, changes nothing",
};

/** Who is in the household; owners and admins also invite people and revoke pending invitations here. */
export function MembersSection() {
  const canManage = useCan("member:manage");
  const members = useMembers();
  const [inviting, setInviting] = useState(false);

  return (
    <CardSection
      id="members"
      title="Members"
      description="Everyone in this household sees its assets and tasks; what they may change depends on their role."
      action={
        canManage ? (
          <Button size="sm" variant="outline" onClick={() => setInviting(true)}>
            <PlusIcon className="size-4" />
            Invite
          </Button>
        ) : null
      }
    >
      {members.isPending ? (
        <Skeleton className="h-12" />
      ) : members.isError ? (
        <ErrorAlert>{errorMessage(members.error)}</ErrorAlert>
      ) : (
        <ul aria-label="Members" className="-my-1 divide-y divide-border">
          {members.data.map((m) => (
            <li key={m.userId} className="flex items-center gap-3 py-2.5">
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{m.name}</span>
                <span className="block truncate text-xs text-muted">{m.email}</span>
              </span>
              <Badge tone={m.role === "OWNER" ? "info" : "neutral"}>{ROLE_LABELS[m.role]}</Badge>
            </li>
          ))}
        </ul>
      )}
      {canManage ? <PendingInvitations /> : null}
      {inviting ? <InviteDialog onClose={() => setInviting(false)} /> : null}
    </CardSection>
  );
}

function PendingInvitations() {
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const { toast } = useToast();
  const [revoking, setRevoking] = useState<TInvitationOut | null>(null);

  return (
    <div className="mt-4 border-t border-border pt-3">
      <h3 className="text-sm font-semibold">Pending invitations</h3>
      {invitations.isPending ? (
        <Skeleton className="mt-2 h-10" />
      ) : invitations.isError ? (
        <ErrorAlert className="mt-2">{errorMessage(invitations.error)}</ErrorAlert>
      ) : invitations.data.length === 0 ? (
        <p className="mt-1 text-sm text-muted">No pending invitations.</p>
      ) : (
        <ul aria-label="Pending invitations" className="mt-1 divide-y divide-border">
          {invitations.data.map((i) => (
            <li key={i.id} className="flex items-center gap-3 py-2.5">
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{i.email}</span>
                <span className="text-xs text-muted">
                  {ROLE_LABELS[i.role]} · expires <LocalDateTime iso={i.expiresAt} />
                </span>
              </span>
              <Button variant="danger-ghost" size="sm" onClick={() => setRevoking(i)}>
                Revoke<span className="sr-only"> the invitation for {i.email}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {revoking ? (
        <ConfirmDialog
          title={`Revoke the invitation for ${revoking.email}?`}
          description="Its link stops working at once. You can invite the address again later."
          confirmLabel="Revoke invitation"
          pending={revoke.isPending}
          onConfirm={() =>
            revoke.mutate(revoking.id, {
              onSuccess: () => {
                toast(`Revoked the invitation for ${revoking.email}`);
                setRevoking(null);
              },
            })
          }
          onClose={() => setRevoking(null)}
        >
          {revoke.isError ? <ErrorAlert>{errorMessage(revoke.error)}</ErrorAlert> : null}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function InviteDialog({ onClose }: { onClose: () => void }) {
  const create = useCreateInvitation();
  const { toast } = useToast();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<InvitableRole>("MEMBER");
  const { formRef, fieldErrors, formError, pending, submit } = useFormSubmit({ fields: ["email", "role"] });
  const formId = "invite-member";
  return (
    <Dialog
      open
      onClose={() => !pending && onClose()}
      title="Invite someone"
      description="They get an e-mail with a link that works once, for 7 days. Inviting the same address again replaces its earlier link."
      footer={<FormDialogFooter formId={formId} submitLabel="Send invitation" pending={pending} onCancel={onClose} />}
    >
      <form
        id={formId}
        ref={formRef}
        className="flex flex-col gap-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            const invitation = await create.mutateAsync({ email, role });
            toast(`Invitation sent to ${invitation.email}`);
            onClose();
          });
        }}
      >
        <Field label="Email" error={fieldErrors.email} required>
          <Input
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="off"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={254}
            required
          />
        </Field>
        <Field label="Role" error={fieldErrors.role} hint={ROLE_HINTS[role]}>
          <Select value={role} onChange={(e) => setRole(INVITABLE_ROLES.find((r) => r === e.target.value) ?? "MEMBER")}>
            {INVITABLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
      </form>
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
    </Dialog>
  );
}
