/**
 * The proof one completion call must bring (checklist, photos, meter reading, note), and
 * how the proof of several calls adds up on the task. In EACH mode every assignee's call
 * is checked on its own: ticked items are shared by the task, so they merge and count
 * for everyone; photos, the meter reading and the note are that person's own proof and
 * must come with their call.
 */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import type { FieldError } from "@/lib/server/errors/app-error";
import type { TTaskRequirements } from "@/lib/schedules/schemas";

export interface CallProof {
  ticked: readonly string[];
  photoIds: readonly string[];
  meterReading?: number;
  note?: string;
}

/** One entry per missing thing, each naming what to do; the photos given must be PHOTO attachments of the household. */
export async function missingProof(
  tx: DatabaseTransaction,
  householdId: string,
  requirements: TTaskRequirements,
  call: CallProof,
): Promise<FieldError[]> {
  const missing: FieldError[] = [];
  for (const item of requirements.checklist) {
    if (item.required && !call.ticked.includes(item.id)) missing.push({ path: `checklist.${item.id}`, message: `Tick "${item.label}"` });
  }
  const photos = call.photoIds.length
    ? await tx.attachment.findMany({ where: { id: { in: [...call.photoIds] }, householdId, kind: "PHOTO" }, select: { id: true } })
    : [];
  const photoSet = new Set(photos.map((p) => p.id));
  call.photoIds.forEach((photoId, i) => {
    if (!photoSet.has(photoId)) missing.push({ path: `photoAttachmentIds.${i}`, message: "Not a photo of this household" });
  });
  if (photos.length < requirements.photoCount) {
    missing.push({ path: "photoAttachmentIds", message: `Attach ${requirements.photoCount} photo(s); ${photos.length} given` });
  }
  if (requirements.meterId && call.meterReading === undefined) missing.push({ path: "meterReading", message: "Enter the meter reading" });
  if (requirements.noteRequired && !call.note) missing.push({ path: "note", message: "Write a completion note" });
  return missing;
}

export interface StoredProof {
  completionPhotoIds: readonly string[];
  completionNote: string | null;
  costMinor: bigint | null;
}

export interface AccumulatedProof {
  completionPhotoIds: string[];
  completionNote: string | null;
  costMinor: bigint | null;
  /** Only when this call gave one: the latest reading wins, as on the meter. */
  meterReadingValue?: number;
}

/**
 * The task's proof after one more call. Photos are added; costs add up (each assignee
 * may have spent something). With an author (EACH mode) each note becomes its own
 * paragraph "Name: note" after the earlier ones, so no assignee's note is lost and
 * each stays attributable; without one (ANY mode, a single completion) the note is kept as written.
 */
export function accumulateProof(
  stored: StoredProof,
  call: { photoIds: readonly string[]; note?: string; costMinor?: number; meterReading?: number },
  author: string | null,
): AccumulatedProof {
  const note = call.note ? (author ? `${author}: ${call.note}` : call.note) : null;
  const cost = call.costMinor === undefined ? null : BigInt(call.costMinor);
  return {
    completionPhotoIds: [...new Set([...stored.completionPhotoIds, ...call.photoIds])],
    completionNote: note === null ? stored.completionNote : stored.completionNote ? `${stored.completionNote}\n\n${note}` : note,
    costMinor: cost === null ? stored.costMinor : (stored.costMinor ?? BigInt(0)) + cost,
    ...(call.meterReading === undefined ? {} : { meterReadingValue: call.meterReading }),
  };
}
