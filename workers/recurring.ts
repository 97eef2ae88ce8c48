/**
 * Every recurring job, declared in one place. Each runs once per slot however many
 * workers run (lib/server/jobs/recurring.ts). Times are UTC.
 */
import { taskDueScanJob, warrantyScanJob } from "@/lib/notifications/jobs";
import { rateLimitPurgeJob } from "@/lib/server/jobs/jobs";
import type { RecurringJobDefinition } from "@/lib/server/jobs/recurring";

export const recurringJobs: readonly RecurringJobDefinition[] = [
  { name: "warranty-scan-daily", kind: warrantyScanJob.kind, schedule: { dailyAtUtc: "03:00" }, maxAttempts: warrantyScanJob.maxAttempts },
  { name: "task-due-scan-hourly", kind: taskDueScanJob.kind, schedule: { everyMs: 3_600_000 }, maxAttempts: taskDueScanJob.maxAttempts },
  {
    name: "rate-limit-purge-hourly",
    kind: rateLimitPurgeJob.kind,
    schedule: { everyMs: 3_600_000 },
    maxAttempts: rateLimitPurgeJob.maxAttempts,
  },
];
