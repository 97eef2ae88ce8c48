/**
 * Completes a task. Refuses (422, one entry per missing thing) until its requirements
 * are met: required checklist items ticked, enough PHOTO attachments of the household,
 * the meter reading, the note, and no open subtask. Then records the reading and cost
 * and, in the same transaction, plans the schedule's next occurrence and the tasks of
 * schedules that waited for this one. In EACH mode every assignee completes their part;
 * the task is done with the last one.
 */
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError, notFound, type FieldError } from "@/lib/server/errors/app-error";
import { emitWebhookEvent } from "@/lib/webhooks/emit-event";
import { insertReading } from "@/lib/meters/insert-reading";
import { lockSchedule, planNextTask, triggerDependents } from "@/lib/schedules/advance-schedule";
import { localDateTimeToInstant } from "@/lib/schedules/engine";
import { householdClock, ruleOf, usageMeterId } from "@/lib/schedules/schedule-state";
import { ZTaskRequirements } from "@/lib/schedules/schemas";
import { OPEN_STATUSES, ZCompleteTask, type TCompleteTask, type TCompleteTaskOut } from "./schemas";
import { taskInclude, toTaskOut } from "./task-out";
import { visibleToCaller } from "@/lib/schedules/asset-visibility";

const isOpen = (status: string) => (OPEN_STATUSES as readonly string[]).includes(status);

export async function completeTask(auth: AuthContext, id: string, input: TCompleteTask, options: { now?: Date } = {}): Promise<TCompleteTaskOut> {
  const data = ZCompleteTask.parse(input);
  const now = options.now ?? new Date();
  return db().$transaction(async (tx) => {
    const householdId = auth.householdId;
    const found = await tx.task.findFirst({ where: { AND: [await visibleToCaller(tx, auth), { id }] }, select: { scheduleId: true } });
    if (!found) throw notFound("Task");
    if (found.scheduleId) await lockSchedule(tx, found.scheduleId);
    const task = await tx.task.findFirstOrThrow({ where: { id, householdId }, include: taskInclude });
    if (!isOpen(task.status)) throw new AppError("CONFLICT", `This task is already ${task.status.toLowerCase()}.`);

    const clock = await householdClock(tx, householdId, now);
    const completedOn = data.completedOn ?? clock.today;
    if (completedOn > clock.today) {
      throw new AppError("VALIDATION", "A task cannot be completed in the future.", { fieldErrors: [{ path: "completedOn", message: "Not after today" }] });
    }
    // A back-dated completion happened some time that day; noon keeps it on that day in any zone.
    const completedAt = completedOn === clock.today ? now : localDateTimeToInstant(completedOn, clock.timeZone, "12:00");
    const previouslyTicked = Array.isArray(task.checklistState) ? task.checklistState.filter((v): v is string => typeof v === "string") : [];
    const ticked = [...new Set([...previouslyTicked, ...(data.checklist ?? [])])];

    if (task.assignmentMode === "EACH") {
      const mine = task.assignees.find((a) => a.userId === auth.userId);
      const othersPending = task.assignees.some((a) => a.userId !== auth.userId && !a.completedAt);
      if (mine && !mine.completedAt && othersPending) {
        await tx.taskAssignee.update({ where: { taskId_userId: { taskId: id, userId: auth.userId } }, data: { completedAt } });
        const partial = await tx.task.update({ where: { id, householdId }, data: { status: "IN_PROGRESS", checklistState: ticked }, include: taskInclude });
        return { task: toTaskOut(partial), completed: false, nextTask: null, triggeredTaskIds: [] };
      }
    }

    const requirements = ZTaskRequirements.parse(task.requirements);
    const missing: FieldError[] = [];
    for (const item of requirements.checklist) {
      if (item.required && !ticked.includes(item.id)) missing.push({ path: `checklist.${item.id}`, message: `Tick "${item.label}"` });
    }
    const photoIds = [...new Set(data.photoAttachmentIds)];
    const photos = photoIds.length
      ? await tx.attachment.findMany({ where: { id: { in: photoIds }, householdId, kind: "PHOTO" }, select: { id: true } })
      : [];
    const photoSet = new Set(photos.map((p) => p.id));
    photoIds.forEach((photoId, i) => {
      if (!photoSet.has(photoId)) missing.push({ path: `photoAttachmentIds.${i}`, message: "Not a photo of this household" });
    });
    if (photos.length < requirements.photoCount) {
      missing.push({ path: "photoAttachmentIds", message: `Attach ${requirements.photoCount} photo(s); ${photos.length} given` });
    }
    if (requirements.meterId && data.meterReading === undefined) missing.push({ path: "meterReading", message: "Enter the meter reading" });
    if (requirements.noteRequired && !data.note) missing.push({ path: "note", message: "Write a completion note" });
    const openSubtasks = await tx.task.findMany({
      where: { householdId, parentTaskId: id, status: { in: [...OPEN_STATUSES] } },
      select: { id: true, title: true },
      orderBy: { id: "asc" },
    });
    for (const sub of openSubtasks) missing.push({ path: `subtasks.${sub.id}`, message: `Finish or skip the subtask "${sub.title}"` });
    if (missing.length > 0) {
      throw new AppError("VALIDATION", `The task cannot be completed yet; missing: ${missing.map((m) => m.path).join(", ")}.`, { fieldErrors: missing });
    }

    const schedule = task.scheduleId ? await tx.schedule.findFirst({ where: { id: task.scheduleId, householdId } }) : null;
    if (data.meterReading !== undefined) {
      const meterId = requirements.meterId ?? (schedule ? await usageMeterId(tx, schedule, ruleOf(schedule)) : null);
      if (meterId) await insertReading(tx, householdId, auth.userId, meterId, { value: data.meterReading, readAt: completedAt, isReset: false }, "meterReading");
    }

    const { count } = await tx.task.updateMany({
      where: { id, householdId, status: { in: [...OPEN_STATUSES] } },
      data: {
        status: "DONE",
        completedAt,
        completedById: auth.userId,
        checklistState: ticked,
        completionPhotoIds: photoIds,
        meterReadingValue: data.meterReading ?? null,
        costMinor: data.costMinor === undefined ? null : BigInt(data.costMinor),
        completionNote: data.note ?? null,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "This task was closed meanwhile.");
    await tx.taskAssignee.updateMany({ where: { taskId: id, completedAt: null }, data: { completedAt } });

    let nextTask = null;
    let triggeredTaskIds: string[] = [];
    if (schedule && task.parentTaskId === null) {
      nextTask = await planNextTask(tx, schedule, clock);
      triggeredTaskIds = await triggerDependents(tx, householdId, schedule.id, clock);
    }
    const done = await tx.task.findFirstOrThrow({ where: { id, householdId }, include: taskInclude });
    await emitWebhookEvent(tx, householdId, {
      type: "task.completed",
      data: { taskId: id, scheduleId: task.scheduleId, completedAt: completedAt.toISOString(), completedById: auth.userId, nextTaskId: nextTask?.id ?? null },
    });
    return { task: toTaskOut(done), completed: true, nextTask: nextTask ? toTaskOut(nextTask) : null, triggeredTaskIds };
  });
}
