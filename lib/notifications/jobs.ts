/** The notification domain's job kinds (lib/server/jobs/job-definition.ts says what a definition is). */
import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/server/jobs/job-definition";

/** A recurring scan's payload: the slot it runs for (lib/server/jobs/recurring.ts). */
const ZScanSlot = z.object({ slotStart: z.iso.datetime().optional() }).loose();

/** Delivers one notification by Web Push to all its user's devices. */
export const sendPushJob = defineJob({ kind: "send-push", payload: z.object({ notificationId: z.uuid() }), maxAttempts: 6 });

/** Hourly: due-soon and overdue reminders ("today" turns over at a different hour in each zone). */
export const taskDueScanJob = defineJob({ kind: "task-due-scan", payload: ZScanSlot, maxAttempts: 5 });

/** Daily: warranties expiring on one of their household's lead days. */
export const warrantyScanJob = defineJob({ kind: "warranty-scan", payload: ZScanSlot, maxAttempts: 5 });
