"use client";

import { useId, useState } from "react";
import type { TAppriseTargetOut } from "@/lib/apprise/schemas";
import { errorMessage } from "@/lib/client/api";
import { useAppriseStatus, useAppriseTargets, useDeleteAppriseTarget, useTestApprise } from "@/lib/client/hooks/apprise";
import { useCan } from "@/components/app-shell/membership";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/dialog";
import { AlertIcon, BellIcon, PlusIcon, TrashIcon } from "@/components/ui/icons";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { Skeleton } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { AddAppriseTargetDialog } from "./add-apprise-target-dialog";
import { canManageAppriseTarget, describeTestResult, groupAppriseTargets, manageableTargetCount } from "./apprise-targets";

type Scope = TAppriseTargetOut["scope"];

/** The id of the section's heading: the notification table links here. */
export const APPRISE_SECTION_ID = "apprise";

const ALL = "all";

/** The last test's outcome, shown beside what was tested: a target's id, or ALL. */
interface TestOutcome {
  key: string;
  ok: boolean;
  message: string;
}

/** Settings → Apprise: your own Apprise URLs and the household's, with a test button for each. */
export function AppriseSection() {
  const targets = useAppriseTargets();
  const canManageHousehold = useCan("household:update");
  const [adding, setAdding] = useState<Scope | null>(null);
  const [deleting, setDeleting] = useState<TAppriseTargetOut | null>(null);
  const tester = useTester();

  return (
    <CardSection
      id={APPRISE_SECTION_ID}
      title="Apprise"
      description="Get notifications in Telegram, Discord, ntfy, e-mail and about a hundred other services. Choose which ones under Notifications."
    >
      <div className="flex flex-col gap-5">
        <NotConfiguredNote />
        {targets.isPending ? (
          <div className="flex flex-col gap-3" aria-hidden>
            <Skeleton className="h-12" />
            <Skeleton className="h-12" />
          </div>
        ) : targets.isError ? (
          <QueryErrorAlert title="Apprise URLs could not be loaded" query={targets} />
        ) : (
          <TargetGroups
            targets={targets.data}
            canManageHousehold={canManageHousehold}
            tester={tester}
            onAdd={setAdding}
            onDelete={setDeleting}
          />
        )}
      </div>
      {adding ? (
        <AddAppriseTargetDialog initialScope={adding} canChooseHousehold={canManageHousehold} onClose={() => setAdding(null)} />
      ) : null}
      {deleting ? <DeleteTargetDialog target={deleting} onClose={() => setDeleting(null)} /> : null}
    </CardSection>
  );
}

interface TargetGroupsProps {
  targets: TAppriseTargetOut[];
  canManageHousehold: boolean;
  tester: Tester;
  onAdd: (scope: Scope) => void;
  onDelete: (target: TAppriseTargetOut) => void;
}

function TargetGroups({ targets, canManageHousehold, tester, onAdd, onDelete }: TargetGroupsProps) {
  const groups = groupAppriseTargets(targets);
  const rowProps = { canManageHousehold, tester, onDelete };
  return (
    <>
      <TargetGroup
        title="My Apprise URLs"
        description="Where your own notifications go."
        empty="No Apprise URLs of yours yet. Add one to get your notifications through Apprise."
        addLabel="Add my URL"
        onAdd={() => onAdd("me")}
        targets={groups.mine}
        {...rowProps}
      />
      <TargetGroup
        title="Household Apprise URLs"
        description="Told once per event, whoever it concerns: e.g. a family chat."
        empty={canManageHousehold ? "No household Apprise URLs yet." : "No household Apprise URLs yet. Owners and admins can add them."}
        addLabel={canManageHousehold ? "Add household URL" : null}
        onAdd={() => onAdd("household")}
        targets={groups.household}
        {...rowProps}
      />
      {/* With a single target its own button is the same action. */}
      {manageableTargetCount(groups, canManageHousehold) > 1 ? (
        <div className="flex flex-col gap-2 border-t border-border pt-4">
          <div>
            <Button
              variant="outline"
              loading={tester.pendingKey === ALL}
              disabled={tester.pendingKey !== null}
              onClick={() => tester.run(ALL)}
            >
              <BellIcon className="size-4" />
              Send test notification to all
            </Button>
          </div>
          <TestOutcomeLine outcome={tester.outcome?.key === ALL ? tester.outcome : null} />
        </div>
      ) : null}
    </>
  );
}

/** Shown when this server has neither an Apprise API server nor the apprise command: nothing would be sent. */
function NotConfiguredNote() {
  const status = useAppriseStatus();
  if (status.data?.transport !== null) return null;
  return (
    <div role="note" className="flex gap-3 rounded-xl border border-warning/30 bg-warning-soft p-3 text-sm">
      <AlertIcon className="mt-0.5 size-4 shrink-0 text-warning" />
      <p>
        This server cannot send Apprise notifications yet: an administrator needs to set <code className="font-mono">APPRISE_API_URL</code>{" "}
        or install the <code className="font-mono">apprise</code> command. URLs you add now are used once it can.
      </p>
    </div>
  );
}

interface Tester {
  /** What is being tested right now (a target id or ALL), or null. */
  pendingKey: string | null;
  outcome: TestOutcome | null;
  run: (key: string, target?: TAppriseTargetOut) => void;
}

function useTester(): Tester {
  const test = useTestApprise();
  const { toast } = useToast();
  const [pendingKey, setPendingKey] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);

  function run(key: string, target?: TAppriseTargetOut) {
    const what = target ? `“${target.label}”` : "all your Apprise URLs";
    setPendingKey(key);
    setOutcome(null);
    test.mutate(target?.id, {
      onSuccess: (result) => {
        const message = describeTestResult(result, what);
        setOutcome({ key, ok: result.ok, message });
        toast(message, result.ok ? "success" : "error");
      },
      onError: (error) => {
        const message = `Test notification to ${what} failed: ${errorMessage(error)}`;
        setOutcome({ key, ok: false, message });
        toast(message, "error");
      },
      onSettled: () => setPendingKey(null),
    });
  }

  return { pendingKey, outcome, run };
}

function TestOutcomeLine({ outcome }: { outcome: TestOutcome | null }) {
  if (!outcome) return null;
  return <p className={cn("text-sm break-words", outcome.ok ? "text-success" : "text-danger")}>{outcome.message}</p>;
}

interface TargetGroupProps {
  title: string;
  description: string;
  empty: string;
  /** Null: the viewer may not add to this group. */
  addLabel: string | null;
  onAdd: () => void;
  targets: TAppriseTargetOut[];
  canManageHousehold: boolean;
  tester: Tester;
  onDelete: (target: TAppriseTargetOut) => void;
}

function TargetGroup({ title, description, empty, addLabel, onAdd, targets, canManageHousehold, tester, onDelete }: TargetGroupProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-sm font-semibold">
            {title}
          </h3>
          <p className="text-xs text-muted">{description}</p>
        </div>
        {addLabel ? (
          <Button variant="outline" size="sm" onClick={onAdd}>
            <PlusIcon className="size-4" />
            {addLabel}
          </Button>
        ) : null}
      </div>
      {targets.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <ul aria-labelledby={headingId} className="divide-y divide-border rounded-xl border border-border">
          {targets.map((target) => (
            <TargetRow
              key={target.id}
              target={target}
              manageable={canManageAppriseTarget(target, canManageHousehold)}
              tester={tester}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function TargetRow({
  target,
  manageable,
  tester,
  onDelete,
}: {
  target: TAppriseTargetOut;
  manageable: boolean;
  tester: Tester;
  onDelete: (target: TAppriseTargetOut) => void;
}) {
  return (
    <li className="flex flex-col gap-2 px-3 py-2.5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="truncate font-medium">{target.label}</span>
          <span className="text-xs text-muted">
            <code className="font-mono">{target.maskedUrl}</code>
            <span className="sr-only"> (the rest of the URL is hidden)</span> · added <LocalDateTime iso={target.createdAt} />
          </span>
        </span>
        {manageable ? (
          <span className="flex gap-2">
            <Button
              variant="outline"
              size="sm"
              loading={tester.pendingKey === target.id}
              disabled={tester.pendingKey !== null}
              onClick={() => tester.run(target.id, target)}
            >
              <BellIcon className="size-4" />
              Send test
              <span className="sr-only"> notification to {target.label}</span>
            </Button>
            <Button variant="danger-outline" size="sm" onClick={() => onDelete(target)}>
              <TrashIcon className="size-4" />
              Delete<span className="sr-only"> {target.label}</span>
            </Button>
          </span>
        ) : null}
      </div>
      <TestOutcomeLine outcome={tester.outcome?.key === target.id ? tester.outcome : null} />
    </li>
  );
}

function DeleteTargetDialog({ target, onClose }: { target: TAppriseTargetOut; onClose: () => void }) {
  const remove = useDeleteAppriseTarget();
  const { toast } = useToast();
  return (
    <ConfirmDialog
      title={`Delete “${target.label}”?`}
      description={
        target.scope === "household"
          ? "The household stops being told through this Apprise URL. To use it again, it has to be pasted again in full."
          : "Your notifications stop going to this Apprise URL. To use it again, you have to paste it again in full."
      }
      confirmLabel="Delete URL"
      pending={remove.isPending}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(target.id, {
          onSuccess: () => {
            toast(`Deleted “${target.label}”`);
            onClose();
          },
        })
      }
    >
      {remove.isError ? <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert> : null}
    </ConfirmDialog>
  );
}
