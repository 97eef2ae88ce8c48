"use client";

import type { TScheduleHistoryEntry } from "@/lib/schedules/schemas";
import { errorMessage } from "@/lib/client/api";
import { formatCalendarDate, formatMoney } from "@/lib/client/format";
import { useAccount } from "@/lib/client/hooks/account";
import { useScheduleHistory } from "@/lib/client/hooks/schedules";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CheckIcon } from "@/components/ui/icons";
import { QueryErrorAlert } from "@/components/ui/query-error-alert";
import { LoadingBlock, Skeleton } from "@/components/ui/spinner";
import { historyTiming } from "./history-timing";
import { DetailPair } from "@/components/ui/description-list";

const TRIGGER_LABELS: Record<NonNullable<TScheduleHistoryEntry["trigger"]>, string | null> = {
  DATE: null,
  USAGE: "Due by usage",
  DEPENDENCY: "Due after another schedule",
};

const nameOf = (person: { name: string | null }) => person.name ?? "A former member";

interface Props {
  scheduleId: string;
  /** The schedule's instructions: a task's notes equal to them are not news, so they are not repeated per row. */
  instructions: string;
}

/** Past occurrences of a schedule: planned vs actual, how early or late, who, notes, reading and cost. */
export function ScheduleHistory({ scheduleId, instructions }: Props) {
  const history = useScheduleHistory(scheduleId);
  const account = useAccount();
  const currency = account.data?.activeHousehold.currency ?? "USD";
  const entries = history.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <CardSection id="history" title="History" description="Done, skipped and cancelled occurrences, latest first.">
      {history.isPending ? (
        <LoadingBlock label="Loading history">
          <div className="flex flex-col gap-2">
            <Skeleton className="h-10 rounded-lg" />
            <Skeleton className="h-10 rounded-lg" />
            <Skeleton className="h-10 rounded-lg" />
          </div>
        </LoadingBlock>
      ) : history.isError && entries.length === 0 ? (
        <QueryErrorAlert title="The history could not be loaded" query={history} />
      ) : entries.length === 0 ? (
        <EmptyState
          icon={<CheckIcon />}
          title="No completed occurrences yet"
          description="Done and skipped tasks of this schedule will show here."
        />
      ) : (
        <div className="flex flex-col gap-4">
          <HistoryTable entries={entries} currency={currency} instructions={instructions} />
          <HistoryCards entries={entries} currency={currency} instructions={instructions} />
          {history.isFetchNextPageError ? (
            <ErrorAlert title="More history could not be loaded">{errorMessage(history.error)}</ErrorAlert>
          ) : null}
          {history.hasNextPage ? (
            <div className="flex justify-center">
              <Button variant="outline" loading={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
                Load more
              </Button>
            </div>
          ) : null}
        </div>
      )}
    </CardSection>
  );
}

interface ListProps {
  entries: TScheduleHistoryEntry[];
  currency: string;
  instructions: string;
}

/** Wide screens: one row per occurrence. */
function HistoryTable({ entries, currency, instructions }: ListProps) {
  return (
    <div className="hidden overflow-x-auto sm:block">
      <table aria-label="Past occurrences" className="w-full text-left text-sm">
        <thead className="border-b border-border text-xs tracking-wide text-muted uppercase">
          <tr>
            {["Planned", "Done", "Timing", "Who", "Notes", "Reading", "Cost"].map((heading) => (
              <th key={heading} scope="col" className="px-2 py-2 font-medium">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {entries.map((entry) => (
            <tr key={entry.taskId} className="align-top">
              <td className="px-2 py-2 whitespace-nowrap">
                <Planned entry={entry} />
              </td>
              <td className="px-2 py-2 whitespace-nowrap">
                <Actual entry={entry} />
              </td>
              <td className="px-2 py-2">
                <Timing entry={entry} />
              </td>
              <td className="px-2 py-2">
                <Who entry={entry} />
              </td>
              <td className="max-w-xs px-2 py-2">
                <Notes entry={entry} instructions={instructions} />
              </td>
              <td className="px-2 py-2 tabular-nums">{entry.meterReadingValue ?? "—"}</td>
              <td className="px-2 py-2 tabular-nums whitespace-nowrap">
                {entry.costMinor !== null ? formatMoney(entry.costMinor, currency) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Narrow screens: one card per occurrence, the same facts as labelled pairs. */
function HistoryCards({ entries, currency, instructions }: ListProps) {
  return (
    <ul aria-label="Past occurrences" className="flex flex-col gap-2 sm:hidden">
      {entries.map((entry) => (
        <li key={entry.taskId} className="flex flex-col gap-2 rounded-xl border border-border px-3 py-2 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Planned entry={entry} />
            <Timing entry={entry} />
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <DetailPair label="Done">
              <Actual entry={entry} />
            </DetailPair>
            {entry.status === "DONE" ? (
              <DetailPair label="Who">
                <Who entry={entry} />
              </DetailPair>
            ) : null}
            {entry.completionNote || hasOwnNotes(entry, instructions) ? (
              <DetailPair label="Notes">
                <Notes entry={entry} instructions={instructions} />
              </DetailPair>
            ) : null}
            {entry.meterReadingValue !== null ? <DetailPair label="Reading">{entry.meterReadingValue}</DetailPair> : null}
            {entry.costMinor !== null ? <DetailPair label="Cost">{formatMoney(entry.costMinor, currency)}</DetailPair> : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function Planned({ entry }: { entry: TScheduleHistoryEntry }) {
  const trigger = entry.trigger ? TRIGGER_LABELS[entry.trigger] : null;
  return (
    <span className="flex flex-col">
      <span>{entry.plannedOn ? formatCalendarDate(entry.plannedOn) : "Not dated"}</span>
      {entry.rescheduledOn ? <span className="text-xs text-muted">Moved to {formatCalendarDate(entry.rescheduledOn)}</span> : null}
      {trigger ? <span className="text-xs text-muted">{trigger}</span> : null}
    </span>
  );
}

function Actual({ entry }: { entry: TScheduleHistoryEntry }) {
  if (entry.status !== "DONE") return <span className="text-muted">Not done</span>;
  return <span>{formatCalendarDate(entry.completedOn)}</span>;
}

function Timing({ entry }: { entry: TScheduleHistoryEntry }) {
  const { label, tone } = historyTiming(entry);
  return <Badge tone={tone}>{label}</Badge>;
}

/** Who did it; in EACH mode, every assignee and the day they did their part. */
function Who({ entry }: { entry: TScheduleHistoryEntry }) {
  if (entry.status !== "DONE") return <span className="text-muted">—</span>;
  if (entry.assignmentMode === "EACH" && entry.assignees.length > 1) {
    return (
      <ul className="flex flex-col">
        {entry.assignees.map((a) => (
          <li key={a.userId}>
            {nameOf(a)}
            <span className="text-muted">{a.completedOn ? `, ${formatCalendarDate(a.completedOn)}` : ", not done"}</span>
          </li>
        ))}
      </ul>
    );
  }
  return <span>{entry.completedBy ? nameOf(entry.completedBy) : "—"}</span>;
}

const hasOwnNotes = (entry: TScheduleHistoryEntry, instructions: string) => entry.notes.trim() !== "" && entry.notes !== instructions;

function Notes({ entry, instructions }: { entry: TScheduleHistoryEntry; instructions: string }) {
  const own = hasOwnNotes(entry, instructions);
  if (!entry.completionNote && !own) return <span className="text-muted">—</span>;
  return (
    <span className="flex flex-col gap-1">
      {entry.completionNote ? <span className="whitespace-pre-wrap">{entry.completionNote}</span> : null}
      {own ? <span className="whitespace-pre-wrap text-muted">Task notes: {entry.notes}</span> : null}
    </span>
  );
}
