"use client";

import { useState, type FormEvent } from "react";
import type { TTaskOut } from "@/lib/tasks/schemas";
import { errorMessage } from "@/lib/client/api";
import { useCreateSubtask, useSetSubtaskRequired, useSubtasks } from "@/lib/client/hooks/tasks";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";
import { Checkbox, Input } from "@/components/ui/input";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { useToast } from "@/components/ui/toast";
import { TaskRow } from "./task-row";

const OPEN = new Set(["OPEN", "IN_PROGRESS", "BLOCKED"]);

/**
 * The direct subtasks of a task. Required ones (the default) must be finished or skipped
 * before the task can be completed; optional ones never hold it up. The server also
 * counts required subtasks deeper down and names them when it refuses a completion.
 */
export function SubtasksCard({
  parentId,
  parentOpen,
  canEdit,
  today,
}: {
  parentId: string;
  parentOpen: boolean;
  canEdit: boolean;
  today: string;
}) {
  const subtasks = useSubtasks(parentId);
  const items = subtasks.data?.items ?? [];
  const blocking = items.filter((sub) => sub.isRequired && OPEN.has(sub.status));

  return (
    <CardSection id="subtasks" title="Subtasks">
      <div className="flex flex-col gap-3">
        {subtasks.isError ? <QueryErrorAlert title="Subtasks could not be loaded" query={subtasks} /> : null}
        {parentOpen && blocking.length > 0 ? (
          <p role="status" className="rounded-lg border border-warning/30 bg-warning-soft px-3 py-2 text-sm">
            Completing this task waits for {blocking.length === 1 ? "the required subtask" : "the required subtasks"}{" "}
            {blocking.map((sub, i) => (
              <span key={sub.id}>
                {i > 0 ? ", " : null}
                <strong>{sub.title}</strong>
              </span>
            ))}
            .
          </p>
        ) : null}
        {items.length > 0 ? (
          <ul aria-label="Subtasks" className="flex flex-col gap-2">
            {items.map((sub) => (
              <TaskRow
                key={sub.id}
                task={sub}
                today={today}
                leadDays={0}
                showAsset={false}
                badge={sub.isRequired ? null : <Badge>Optional</Badge>}
                aside={canEdit && OPEN.has(sub.status) ? <RequiredToggle subtask={sub} /> : null}
              />
            ))}
          </ul>
        ) : subtasks.isSuccess ? (
          <p className="text-sm text-muted">No subtasks.</p>
        ) : null}
        {canEdit && parentOpen ? <AddSubtaskForm parentId={parentId} /> : null}
      </div>
    </CardSection>
  );
}

function RequiredToggle({ subtask }: { subtask: TTaskOut }) {
  const setRequired = useSetSubtaskRequired(subtask.id);
  const { toast } = useToast();
  // Set in the click itself: a controlled checkbox otherwise snaps back until the mutation reports pending.
  const [wanted, setWanted] = useState<boolean | null>(null);
  return (
    <Checkbox
      label={
        <>
          Required<span className="sr-only"> for {subtask.title}</span>
        </>
      }
      className="shrink-0"
      checked={wanted ?? subtask.isRequired}
      disabled={setRequired.isPending}
      onChange={(e) => {
        setWanted(e.target.checked);
        setRequired.mutate(e.target.checked, { onError: (error) => toast(errorMessage(error), "error"), onSettled: () => setWanted(null) });
      }}
    />
  );
}

function AddSubtaskForm({ parentId }: { parentId: string }) {
  const create = useCreateSubtask(parentId);
  const [title, setTitle] = useState("");
  const [optional, setOptional] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function add(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setError("Give the subtask a title");
    create.mutate(
      { title: title.trim(), isRequired: !optional },
      {
        onSuccess: () => {
          setTitle("");
          setOptional(false);
          setError(null);
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  }

  return (
    <form onSubmit={add} noValidate className="flex flex-col gap-2">
      <div className="flex items-end gap-2">
        <Field label="New subtask" error={error ?? undefined} className="flex-1">
          <Input value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Button type="submit" variant="outline" loading={create.isPending}>
          {create.isPending ? null : <PlusIcon className="size-4" />}
          Add
        </Button>
      </div>
      <Checkbox
        label="Optional"
        description="An optional subtask does not hold up completing this task"
        checked={optional}
        onChange={(e) => setOptional(e.target.checked)}
      />
    </form>
  );
}
