/**
 * Recurring jobs (the daily warranty scan, ...): each definition cuts time into slots
 * with a deterministic start, and each slot is enqueued exactly once however many
 * workers run, by inserting RecurringJobSlot(name, slotStart) in the statement that
 * enqueues its job. Only the current slot is ever enqueued: after downtime the missed
 * slots are not piled up, the latest one runs once.
 */
import "server-only";
import type pg from "pg";
import { newJobId } from "./job-id";
import { DEFAULT_MAX_ATTEMPTS, ENQUEUE_RECURRING_SLOT } from "./job-sql";

export type RecurringSchedule =
  /** Slots aligned to the Unix epoch: every hour on the hour for 3_600_000. */
  | { everyMs: number }
  /** Once a day at HH:MM UTC. */
  | { dailyAtUtc: string };

export interface RecurringJobDefinition {
  /** The slot identity; renaming a definition makes its current slot run again. */
  name: string;
  kind: string;
  schedule: RecurringSchedule;
  payload?: unknown;
  maxAttempts?: number;
}

const DAY_MS = 86_400_000;

function dailyOffsetMs(hhmm: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new Error(`dailyAtUtc must be HH:MM (00:00-23:59), got "${hhmm}"`);
  return (Number(match[1]) * 60 + Number(match[2])) * 60_000;
}

function periodAndOffset(schedule: RecurringSchedule): { period: number; offset: number } {
  if ("everyMs" in schedule) {
    if (!Number.isInteger(schedule.everyMs) || schedule.everyMs < 1_000) throw new Error("everyMs must be an integer >= 1000");
    return { period: schedule.everyMs, offset: 0 };
  }
  return { period: DAY_MS, offset: dailyOffsetMs(schedule.dailyAtUtc) };
}

/** The start of the slot `now` falls in: the latest slot boundary at or before it. */
export function currentSlotStart(schedule: RecurringSchedule, now: Date): Date {
  const { period, offset } = periodAndOffset(schedule);
  const t = now.getTime() - offset;
  return new Date(Math.floor(t / period) * period + offset);
}

export function nextSlotStart(schedule: RecurringSchedule, now: Date): Date {
  const { period } = periodAndOffset(schedule);
  return new Date(currentSlotStart(schedule, now).getTime() + period);
}

/** Checks a set of definitions once, at boot: names unique, schedules parse. */
export function validateRecurringDefinitions(definitions: readonly RecurringJobDefinition[]): void {
  const names = new Set<string>();
  for (const definition of definitions) {
    if (names.has(definition.name)) throw new Error(`Two recurring jobs are named "${definition.name}"`);
    names.add(definition.name);
    periodAndOffset(definition.schedule);
  }
}

/**
 * Enqueues the current slot of every definition unless some worker already did.
 * Returns the ids of the jobs this call enqueued.
 */
export async function enqueueDueRecurringJobs(
  pool: Pick<pg.Pool, "query">,
  definitions: readonly RecurringJobDefinition[],
  now: Date,
): Promise<string[]> {
  const enqueued: string[] = [];
  for (const definition of definitions) {
    const slot = currentSlotStart(definition.schedule, now);
    const { rows } = await pool.query<{ id: string }>(ENQUEUE_RECURRING_SLOT, [
      definition.name,
      slot.toISOString(),
      newJobId(),
      definition.kind,
      JSON.stringify(definition.payload ?? { slotStart: slot.toISOString() }),
      definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    ]);
    enqueued.push(...rows.map((row) => row.id));
  }
  return enqueued;
}
