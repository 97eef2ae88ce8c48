/**
 * Completes a task. Refuses (422, one entry per missing thing) until its requirements
 * are met: required checklist items ticked, enough PHOTO attachments of the household,
 * the meter reading, the note, and no open required subtask. Then records the reading
 * and cost and, in the same transaction, plans the schedule's next occurrence and the
 * tasks of schedules that waited for this one. In EACH mode every assignee completes
 * their part, each meeting the requirements with their own call (completion-proof.ts);
 * the proof adds up on the task, which is done with the last part.
 */
import "server-only";
import { OPEN_STATUSES } from "@/lib/core/task-status";
import { taskInclude } from "@/lib/core/task-row";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors/app-error";
import { can } from "@/lib/core/permissions";
import { emitWebhookEvent } from "@/lib/webhooks/emit-event";
import { takeReading } from "@/lib/meters/take-reading";
import { lockSchedule, planNextTask, triggerDependents } from "@/lib/schedules/advance-schedule";
import { localDateTimeToInstant } from "@/lib/schedules/engine";
import { householdClock, ruleOf, usageMeterId } from "@/lib/schedules/schedule-state";
import { ZTaskRequirements } from "@/lib/schedules/schemas";
import { ZCompleteTask, type TCompleteTask, type TCompleteTaskOut } from "./schemas";
import { stringArray, toTaskOut } from "./task-out";
import { accumulateProof, missingProof } from "./completion-proof";
import { openRequiredSubtasks } from "./open-required-subtasks";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

const isOpen = (status: string) => (OPEN_STATUSES as readonly string[]).includes(status);

export async function completeTask(
  auth: AuthContext,
  id: string,
  input: TCompleteTask,
  options: { now?: Date } = {},
): Promise<TCompleteTaskOut> {
  const data = ZCompleteTask.parse(input);
  const now = options.now ?? new Date();
  return db().$transaction(async (tx) => {
    const householdId = auth.householdId;
    const found = await tx.task.findFirst({ where: { AND: [await visibleToCaller(tx, auth), { id }] }, select: { scheduleId: true } });
    if (!found) throw notFound("Task");
    if (found.scheduleId) await lockSchedule(tx, found.scheduleId);
    // Two assignees' parts at once must not both add their proof to the same stale copy (EACH mode).
    await tx.$queryRaw`SELECT 1 FROM "Task" WHERE id = ${id}::uuid AND "householdId" = ${householdId}::uuid FOR UPDATE`;
    const task = await tx.task.findFirstOrThrow({ where: { id, householdId }, include: taskInclude });
    if (!isOpen(task.status)) throw new AppError("CONFLICT", `This task is already ${task.status.toLowerCase()}.`);

    const clock = await householdClock(tx, householdId, now);
    const completedOn = data.completedOn ?? clock.today;
    if (completedOn > clock.today) {
      throw new AppError("VALIDATION", "A task cannot be completed in the future.", {
        fieldErrors: [{ path: "completedOn", message: "Not after today" }],
      });
    }
    // A back-dated completion happened some time that day; noon keeps it on that day in any zone.
    const completedAt = completedOn === clock.today ? now : localDateTimeToInstant(completedOn, clock.timeZone, "12:00");
    const ticked = [...new Set([...stringArray(task.checklistState), ...(data.checklist ?? [])])];
    const photoIds = [...new Set(data.photoAttachmentIds)];

    const mine = task.assignees.find((a) => a.userId === auth.userId);
    const eachMode = task.assignmentMode === "EACH";
    const owedBy = task.assignees.filter((a) => a.userId !== auth.userId && !a.completedAt);
    const partOnly = eachMode && mine !== undefined && !mine.completedAt && owedBy.length > 0;
    // "Each of them must": while others still owe their part, only a manager may close the task for everyone.
    if (eachMode && !partOnly && owedBy.length > 0 && !can(auth.role, "task:close-for-all")) {
      const waiting = owedBy.length === 1 ? "1 assignee still has to do theirs" : `${owedBy.length} assignees still have to do theirs`;
      throw new AppError("CONFLICT", mine ? `You have done your part; ${waiting}.` : `Each assignee completes their own part; ${waiting}.`);
    }

    const requirements = ZTaskRequirements.parse(task.requirements);
    const missing = await missingProof(tx, householdId, requirements, {
      ticked,
      photoIds,
      meterReading: data.meterReading,
      note: data.note,
    });
    // Subtasks are the task's, not one assignee's part: they only hold back the call that closes the task.
    if (!partOnly) {
      for (const sub of await openRequiredSubtasks(tx, householdId, id))
        missing.push({ path: `subtasks.${sub.id}`, message: `Finish or skip the required subtask "${sub.title}"` });
    }
    if (missing.length > 0) {
      throw new AppError("VALIDATION", `The task cannot be completed yet; missing: ${missing.map((m) => m.path).join(", ")}.`, {
        fieldErrors: missing,
      });
    }

    const schedule = task.scheduleId ? await tx.schedule.findFirst({ where: { id: task.scheduleId, householdId } }) : null;
    // The same path as a reading recorded on the meter: other usage schedules on it react too.
    // This task's own schedule is planned below, once the task is done.
    let usageTriggeredIds: string[] = [];
    if (data.meterReading !== undefined) {
      const meterId = requirements.meterId ?? (schedule ? await usageMeterId(tx, schedule, ruleOf(schedule)) : null);
      if (meterId) {
        const taken = await takeReading(
          tx,
          auth,
          meterId,
          { value: data.meterReading, readAt: completedAt, isReset: false },
          {
            clock,
            fieldPath: "meterReading",
            exceptScheduleId: task.parentTaskId === null ? task.scheduleId : null,
          },
        );
        usageTriggeredIds = taken.triggeredTaskIds;
      }
    }
    const author = eachMode ? (await tx.user.findUniqueOrThrow({ where: { id: auth.userId }, select: { name: true } })).name : null;
    const proof = {
      checklistState: ticked,
      ...accumulateProof(task, { photoIds, note: data.note, costMinor: data.costMinor, meterReading: data.meterReading }, author),
    };

    if (partOnly) {
      await tx.taskAssignee.update({ where: { taskId_userId: { taskId: id, userId: auth.userId } }, data: { completedAt } });
      const partial = await tx.task.update({ where: { id, householdId }, data: { status: "IN_PROGRESS", ...proof }, include: taskInclude });
      return { task: toTaskOut(partial), completed: false, nextTask: null, triggeredTaskIds: usageTriggeredIds };
    }

    const { count } = await tx.task.updateMany({
      where: { id, householdId, status: { in: [...OPEN_STATUSES] } },
      data: { status: "DONE", completedAt, completedById: auth.userId, ...proof },
    });
    if (count === 0) throw new AppError("CONFLICT", "This task was closed meanwhile.");
    // Only the caller's part is done now; an assignee who did nothing keeps no completion time (the history shows who did).
    await tx.taskAssignee.updateMany({ where: { taskId: id, userId: auth.userId, completedAt: null }, data: { completedAt } });

    let nextTask = null;
    const triggeredTaskIds = [...usageTriggeredIds];
    if (schedule && task.parentTaskId === null) {
      nextTask = await planNextTask(tx, schedule, clock);
      triggeredTaskIds.push(...(await triggerDependents(tx, householdId, schedule.id, clock)));
    }
    const done = await tx.task.findFirstOrThrow({ where: { id, householdId }, include: taskInclude });
    await emitWebhookEvent(tx, householdId, {
      type: "task.completed",
      data: {
        taskId: id,
        scheduleId: task.scheduleId,
        completedAt: completedAt.toISOString(),
        completedById: auth.userId,
        nextTaskId: nextTask?.id ?? null,
      },
    });
    return { task: toTaskOut(done), completed: true, nextTask: nextTask ? toTaskOut(nextTask) : null, triggeredTaskIds };
  });
}
