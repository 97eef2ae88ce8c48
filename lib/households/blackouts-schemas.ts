/** The household blackout API contract: days no schedule lands on (BLACKOUT) and public holidays (HOLIDAY). */
import "server-only";
import { z } from "zod";
import { zText } from "@/lib/server/validation/input";
import { diffDays, isCalendarDate, ZCalendarDate } from "@/lib/schedules/engine";

export const BLACKOUT_KINDS = ["BLACKOUT", "HOLIDAY"] as const;
export const MAX_HOLIDAY_DAYS = 366;

export const ZCreateBlackout = z
  .object({
    kind: z.enum(BLACKOUT_KINDS).describe("A holiday only moves business-days-only schedules; a blackout moves all"),
    startsOn: ZCalendarDate,
    endsOn: ZCalendarDate,
    label: zText().trim().max(200).default(""),
  })
  .superRefine((b, ctx) => {
    if (!isCalendarDate(b.startsOn) || !isCalendarDate(b.endsOn)) return;
    if (b.endsOn < b.startsOn) ctx.addIssue({ code: "custom", message: "Ends before it starts", path: ["endsOn"] });
    // Schedules expand a holiday into each of its days; anything longer than a year is a blackout.
    if (b.kind === "HOLIDAY" && b.endsOn >= b.startsOn && diffDays(b.startsOn, b.endsOn) >= MAX_HOLIDAY_DAYS) {
      ctx.addIssue({ code: "custom", message: `A holiday lasts at most ${MAX_HOLIDAY_DAYS} days`, path: ["endsOn"] });
    }
  });
export type TCreateBlackout = z.input<typeof ZCreateBlackout>;

export const ZBlackoutOut = z.object({
  id: z.uuid(),
  kind: z.enum(BLACKOUT_KINDS),
  startsOn: z.string(),
  endsOn: z.string(),
  label: z.string(),
  createdAt: z.iso.datetime(),
});
export type TBlackoutOut = z.infer<typeof ZBlackoutOut>;

export function toBlackoutOut(row: {
  id: string;
  from: string;
  to: string;
  label: string | null;
  isHoliday: boolean;
  createdAt: Date;
}): TBlackoutOut {
  return {
    id: row.id,
    kind: row.isHoliday ? "HOLIDAY" : "BLACKOUT",
    startsOn: row.from,
    endsOn: row.to,
    label: row.label ?? "",
    createdAt: row.createdAt.toISOString(),
  };
}
