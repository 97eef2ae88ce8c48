import "server-only";
import type { MeterReading } from "@/lib/server/db/client";
import type { TReadingOut } from "./schemas";

export const toReadingOut = (r: MeterReading): TReadingOut => ({
  id: r.id,
  meterId: r.meterId,
  value: r.value.toNumber(),
  readAt: r.readAt.toISOString(),
  isReset: r.isReset,
  createdById: r.createdById,
  createdAt: r.createdAt.toISOString(),
});
