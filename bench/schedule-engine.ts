/**
 * Pure schedule engine throughput (lib/schedules/engine), no database.
 * Data: 10,000 schedules of mixed rules built from a seeded PRNG (intervals
 * FIXED/ROLLING in all units, monthly day/last/n-th weekday, seasonal, usage
 * with 8 meter readings, whichever-first, dependencies; a share with
 * blackouts, business days + holidays, active months).
 * Figures: next-due for all 10,000 (total ms cold, then per round and per-call
 * p50/p99 over several rounds after warm-up) and one year of occurrences for 1,000 of them.
 * Target: 10,000 next-due computations under 200 ms on the 2-core machine.
 * Run: npx tsx bench/schedule-engine.ts — it reports, it never fails.
 */
import os from "node:os";
import {
  addDays,
  computeNextDue,
  materializeOccurrences,
  type NextDueContext,
  type TBlackout,
  type TDateRule,
  type TSchedule,
  type TScheduleRule,
} from "../lib/schedules/engine";
import { percentile } from "./lib/stats";

const SCHEDULES = 10_000;
const MATERIALIZE_SCHEDULES = 1_000;
const WARMUP_ROUNDS = 3;
const ROUNDS = 10;
const TODAY = "2025-06-15";
const TIME_ZONE = "Europe/Berlin";
const TARGET_MS = 200;

/** mulberry32: tiny, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = prng(20250615);
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}
const dateAround = (offsetMin: number, offsetMax: number): string => addDays(TODAY, int(offsetMin, offsetMax));

function dateRule(): TDateRule {
  switch (int(0, 5)) {
    case 0:
    case 1:
      return {
        kind: "INTERVAL",
        every: int(1, 12),
        unit: pick(["DAY", "WEEK", "MONTH", "YEAR"] as const),
        anchor: "FIXED",
        startDate: dateAround(-2000, 30),
      };
    case 2:
      return {
        kind: "INTERVAL",
        every: int(1, 6),
        unit: pick(["DAY", "WEEK", "MONTH"] as const),
        anchor: "ROLLING",
        startDate: dateAround(-400, 30),
      };
    case 3:
      return {
        kind: "MONTHLY",
        everyMonths: int(1, 3),
        on: random() < 0.6 ? { type: "DAY", day: int(1, 31) } : { type: "LAST_DAY" },
        startDate: dateAround(-1000, 0),
      };
    case 4:
      return {
        kind: "MONTHLY",
        everyMonths: int(1, 2),
        on: {
          type: "NTH_WEEKDAY",
          ordinal: pick(["FIRST", "SECOND", "THIRD", "FOURTH", "LAST"] as const),
          weekday: pick(["MONDAY", "SATURDAY", "FRIDAY"] as const),
        },
        startDate: dateAround(-1000, 0),
      };
    default:
      return {
        kind: "SEASONAL",
        season: pick(["SPRING", "SUMMER", "FALL", "WINTER"] as const),
        hemisphere: pick(["NORTH", "SOUTH"] as const),
        offsetDays: int(0, 30),
      };
  }
}

function rule(): TScheduleRule {
  const roll = random();
  const base: TScheduleRule =
    roll < 0.7
      ? dateRule()
      : roll < 0.8
        ? { kind: "USAGE", every: int(50, 500) + 0.5, unit: "hours" }
        : roll < 0.92
          ? { kind: "WHICHEVER_FIRST", date: dateRule(), usage: { kind: "USAGE", every: int(100, 10_000), unit: "km" } }
          : { kind: "AFTER_SCHEDULE", scheduleId: `s${int(0, SCHEDULES - 1)}`, offsetDays: int(0, 14) };
  return random() < 0.2
    ? {
        ...base,
        activeMonths: pick([
          { from: 4, to: 10 },
          { from: 11, to: 2 },
          { from: 3, to: 11 },
        ]),
      }
    : base;
}

const HOLIDAYS = [
  "01-01",
  "05-01",
  "10-03",
  "12-25",
  "12-26",
  "2025-04-18",
  "2025-04-21",
  "2025-05-29",
  "2025-06-09",
  "2026-04-03",
  "2026-04-06",
];

function schedule(): TSchedule {
  const blackouts: TBlackout[] = [];
  if (random() < 0.3) {
    blackouts.push({ from: "12-24", to: "01-01" });
    for (let i = int(0, 2); i > 0; i--) {
      const from = dateAround(-30, 300);
      blackouts.push({ from, to: addDays(from, int(0, 21)) });
    }
  }
  const businessDaysOnly = random() < 0.3;
  return { rule: rule(), blackouts, businessDaysOnly, holidays: businessDaysOnly ? HOLIDAYS : [] };
}

function context(s: TSchedule): NextDueContext {
  const lastCompletedOn = random() < 0.7 ? dateAround(-200, 0) : null;
  const context: NextDueContext = {
    today: TODAY,
    timeZone: TIME_ZONE,
    lastCompletedOn,
    lastDueOn: lastCompletedOn ? addDays(lastCompletedOn, int(-10, 10)) : null,
  };
  const kind = s.rule.kind;
  if (kind === "USAGE" || kind === "WHICHEVER_FIRST") {
    let value = int(0, 5000);
    const start = Date.parse(`${addDays(TODAY, -240)}T08:00:00Z`);
    context.readings = Array.from({ length: 8 }, (_, i) => {
      value += random() * 60;
      return { at: new Date(start + i * 30 * 86_400_000 + int(0, 86_400_000)), value };
    });
  }
  if (kind === "AFTER_SCHEDULE" && random() < 0.7) context.prerequisiteCompletedOn = dateAround(-30, 0);
  return context;
}

const schedules = Array.from({ length: SCHEDULES }, schedule);
const contexts = schedules.map(context);
const kinds = new Map<string, number>();
for (const s of schedules) kinds.set(s.rule.kind, (kinds.get(s.rule.kind) ?? 0) + 1);

let errors = 0;
let sink = 0; // keeps results observable so nothing is optimised away

function nextDueRound(samples: number[] | null): number {
  const started = performance.now();
  for (let i = 0; i < SCHEDULES; i++) {
    const t = samples ? performance.now() : 0;
    try {
      const due = computeNextDue(schedules[i] as TSchedule, contexts[i] as NextDueContext);
      sink += due.status.length;
    } catch {
      errors++;
    }
    if (samples) samples.push(performance.now() - t);
  }
  return performance.now() - started;
}

function materializeRound(): { ms: number; occurrences: number } {
  const started = performance.now();
  let occurrences = 0;
  for (let i = 0; i < MATERIALIZE_SCHEDULES; i++) {
    const { today: _today, ...history } = contexts[i] as NextDueContext;
    try {
      occurrences += materializeOccurrences(schedules[i] as TSchedule, TODAY, addDays(TODAY, 364), history).length;
    } catch {
      errors++;
    }
  }
  return { ms: performance.now() - started, occurrences };
}

const median = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

try {
  // Cold: first contact, before JIT warm-up and with the time-zone offset memo empty.
  const cold = nextDueRound(null);
  for (let r = 0; r < WARMUP_ROUNDS; r++) {
    nextDueRound(null);
    materializeRound();
  }
  errors = 0;

  // Un-instrumented rounds give the honest total; instrumented ones the per-call spread.
  const totals = Array.from({ length: ROUNDS }, () => nextDueRound(null));
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) nextDueRound(samples);
  samples.sort((a, b) => a - b);

  const materialized = Array.from({ length: 3 }, materializeRound);

  const µs = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;
  const row = (label: string, value: string): string => `  ${label.padEnd(48)} ${value}`;
  console.log(`Schedule engine — node ${process.version}, ${os.cpus().length} CPUs, today ${TODAY}, ${TIME_ZONE}`);
  console.log(`Data: ${SCHEDULES.toLocaleString("en-US")} schedules (${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")})`);
  console.log(
    `      ${schedules.filter((s) => s.blackouts?.length).length} with blackouts, ${schedules.filter((s) => s.businessDaysOnly).length} business-days-only, ${schedules.filter((s) => s.rule.activeMonths).length} with active months`,
  );
  console.log(row(`next due × ${SCHEDULES} — total, cold first round`, `${cold.toFixed(1)} ms`));
  console.log(row(`next due × ${SCHEDULES} — total, best of ${ROUNDS}`, `${Math.min(...totals).toFixed(1)} ms`));
  console.log(
    row(
      `next due × ${SCHEDULES} — total, median of ${ROUNDS}`,
      `${median(totals).toFixed(1)} ms  (target < ${TARGET_MS} ms: ${median(totals) < TARGET_MS ? "met" : "MISSED"})`,
    ),
  );
  console.log(row(`next due per call — p50 (${samples.length} calls)`, µs(percentile(samples, 50))));
  console.log(row("next due per call — p99", µs(percentile(samples, 99))));
  console.log(row("next due per call — max", µs(samples.at(-1) ?? Number.NaN)));
  console.log(
    row(`1 year of occurrences × ${MATERIALIZE_SCHEDULES} — total, median of 3`, `${median(materialized.map((m) => m.ms)).toFixed(1)} ms`),
  );
  console.log(row("  occurrences materialised", (materialized[0]?.occurrences ?? 0).toLocaleString("en-US")));
  console.log(row("schedules with unsatisfiable constraints (errors)", String(errors)));
  if (sink < 0) console.log(sink);
} catch (error) {
  console.error(`schedule-engine benchmark did not finish: ${error instanceof Error ? error.message : String(error)}`);
}
