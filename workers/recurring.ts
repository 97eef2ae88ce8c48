/**
 * Every recurring job, declared in one place. Each runs once per slot however many
 * workers run (lib/server/jobs/recurring.ts). Times are UTC.
 */
import type { RecurringJobDefinition } from "@/lib/server/jobs/recurring";

export const recurringJobs: readonly RecurringJobDefinition[] = [
  { name: "warranty-scan-daily", kind: "warranty-scan", schedule: { dailyAtUtc: "03:00" }, maxAttempts: 5 },
  { name: "task-due-scan-hourly", kind: "task-due-scan", schedule: { everyMs: 3_600_000 }, maxAttempts: 5 },
  { name: "rate-limit-purge-hourly", kind: "rate-limit-purge", schedule: { everyMs: 3_600_000 }, maxAttempts: 3 },
];
