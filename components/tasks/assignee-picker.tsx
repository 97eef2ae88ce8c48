"use client";

import { errorMessage } from "@/lib/client/api";
import { useMembers } from "@/lib/client/hooks/account";
import { ErrorAlert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";

/** Household members as checkboxes: who a schedule's tasks or one task go to. */
export function AssigneePicker({
  value,
  onChange,
  error,
  legend = "Assignees",
}: {
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
  legend?: string;
}) {
  const members = useMembers();
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {members.isError ? <ErrorAlert>{errorMessage(members.error)}</ErrorAlert> : null}
      {members.isPending ? <Spinner className="size-5" label="Loading members" /> : null}
      {(members.data ?? []).map((m) => (
        <Checkbox
          key={m.userId}
          label={m.name}
          description={m.email}
          checked={value.includes(m.userId)}
          onChange={(e) => onChange(e.target.checked ? [...value, m.userId] : value.filter((id) => id !== m.userId))}
        />
      ))}
      {error ? <p className="text-sm font-medium text-danger">{error}</p> : null}
    </fieldset>
  );
}
