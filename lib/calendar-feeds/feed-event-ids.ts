/**
 * Identity and versioning of feed events, from record ids and timestamps only: never
 * from the request, the token or the clock, so a poll, a rotation, a restart or another
 * server gives the same UIDs and the same SEQUENCE numbers.
 */

/** The UID's domain: a constant, not the host, so a new APP_URL does not duplicate every event. */
import "server-only";
export const UID_DOMAIN = "dumbassets";

/**
 * A schedule's occurrence, whether still a projection or already a task: the schedule
 * and the date the schedule planned it for (not a date a person moved it to). When the
 * projected occurrence becomes a task, its UID stays the same.
 */
export const occurrenceUid = (scheduleId: string, plannedOn: string) => `${scheduleId}-${plannedOn}@${UID_DOMAIN}`;
/** A task no schedule made (or a subtask). */
export const taskUid = (taskId: string) => `task-${taskId}@${UID_DOMAIN}`;
export const warrantyUid = (assetId: string) => `warranty-${assetId}@${UID_DOMAIN}`;
export const secondaryWarrantyUid = (assetId: string) => `warranty-secondary-${assetId}@${UID_DOMAIN}`;

const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);

/**
 * SEQUENCE: whole seconds from 2024-01-01 to the latest updatedAt among the records the
 * event is made of (task, schedule, asset). Any change to the date or the title updates
 * one of them, so the number grows; it never goes back, because time does not; and it
 * stays below 2^31 (RFC 5545 INTEGER) until 2092.
 */
export function sequenceOf(lastModified: Date): number {
  return Math.max(0, Math.floor((lastModified.getTime() - SEQUENCE_EPOCH_MS) / 1000));
}

/** The latest of some record timestamps (nulls ignored). */
export function latest(...dates: readonly (Date | null | undefined)[]): Date {
  let result = 0;
  for (const d of dates) if (d && d.getTime() > result) result = d.getTime();
  return new Date(result);
}
