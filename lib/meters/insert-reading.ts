/**
 * Appends a reading to a meter inside the caller's transaction. A meter only counts
 * up: a lower value is refused unless it is marked as a reset, and readings must come
 * in time order so "lower than the last one" has one meaning.
 */
import "server-only";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";

export async function insertReading(
  tx: DatabaseTransaction,
  householdId: string,
  userId: string,
  meterId: string,
  input: { value: number; readAt: Date; isReset: boolean },
  /** Names the refused field after the caller's input (a completion sends `meterReading`). */
  fieldPath = "value",
) {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`meter:${meterId}`}, 0))`;
  const last = await tx.meterReading.findFirst({ where: { householdId, meterId }, orderBy: [{ readAt: "desc" }, { id: "desc" }] });
  if (last && input.readAt < last.readAt) {
    throw new AppError("VALIDATION", "A reading cannot be older than the meter's last reading.", {
      fieldErrors: [{ path: "readAt", message: `The last reading was taken at ${last.readAt.toISOString()}` }],
    });
  }
  if (last && !input.isReset && input.value < last.value.toNumber()) {
    throw new AppError(
      "VALIDATION",
      `The reading is lower than the last one (${last.value.toNumber()}); mark it as a reset if the meter was replaced or zeroed.`,
      {
        fieldErrors: [{ path: fieldPath, message: `Lower than the last reading (${last.value.toNumber()})` }],
      },
    );
  }
  return tx.meterReading.create({
    data: {
      householdId,
      meterId,
      value: new Prisma.Decimal(input.value),
      readAt: input.readAt,
      isReset: input.isReset,
      createdById: userId,
    },
  });
}
