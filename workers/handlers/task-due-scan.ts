/**
 * The hourly task scan: due-soon and overdue reminders (lib/notifications/task-due-reminders.ts).
 * Hourly because "today" turns over at a different hour in each household's zone. Safe
 * to run twice: each reminder is keyed per task, date and user.
 */
import { sendTaskDueReminders } from "@/lib/events/task-due-reminders";
import { taskDueScanJob } from "@/lib/notifications/jobs";
import { handleJob } from "@/lib/server/jobs/job-handler";

export const taskDueScanHandler = handleJob(taskDueScanJob, {
  async run(_payload, { logger, job }) {
    const result = await sendTaskDueReminders(new Date());
    logger.info("task due scan done", { jobId: job.id, ...result });
  },
});
