/** The meter API contract: usage counters of assets and their readings. */
import "server-only";
import { z } from "zod";
import { zInstant, zText } from "@/lib/server/validation/input";

export const ZMeterUnit = z.enum(["HOURS", "KM", "MILES", "CYCLES", "CUSTOM"]);

export const ZCreateMeter = z
  .object({
    name: zText().trim().min(1).max(100),
    unit: ZMeterUnit,
    customUnit: zText().trim().min(1).max(32).nullable().default(null),
  })
  .refine((m) => m.unit !== "CUSTOM" || m.customUnit !== null, { message: "A CUSTOM meter needs customUnit", path: ["customUnit"] });
export type TCreateMeter = z.input<typeof ZCreateMeter>;

export const ZMeterOut = z.object({
  id: z.uuid(),
  assetId: z.uuid(),
  name: z.string(),
  unit: ZMeterUnit,
  customUnit: z.string().nullable(),
  latestValue: z.number().nullable(),
  latestReadAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type TMeterOut = z.infer<typeof ZMeterOut>;

export const ZRecordReading = z.object({
  value: z.number().finite().min(0).max(1e12),
  readAt: zInstant().optional().describe("Defaults to now"),
  isReset: z.boolean().default(false).describe("The meter was replaced or zeroed; allows a lower value"),
});
export type TRecordReading = z.input<typeof ZRecordReading>;

export const ZReadingOut = z.object({
  id: z.uuid(),
  meterId: z.uuid(),
  value: z.number(),
  readAt: z.iso.datetime(),
  isReset: z.boolean(),
  createdById: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
});
export type TReadingOut = z.infer<typeof ZReadingOut>;

export const ZRecordReadingOut = z.object({
  reading: ZReadingOut,
  triggeredTaskIds: z.array(z.uuid()).describe("Tasks of usage-based schedules that became due"),
});
export type TRecordReadingOut = z.infer<typeof ZRecordReadingOut>;

export const ZListReadingsQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
