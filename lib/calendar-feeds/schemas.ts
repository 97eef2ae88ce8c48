import "server-only";
import { z } from "zod";
import { zId, zText } from "@/lib/server/validation/input";

export const CALENDAR_FEED_SCOPES = ["MY_TASKS", "HOUSEHOLD_TASKS", "WARRANTIES", "ASSET"] as const;
export const ZCalendarFeedScope = z.enum(CALENDAR_FEED_SCOPES);
export type TCalendarFeedScope = z.infer<typeof ZCalendarFeedScope>;

/** Four weeks is the longest lead time calendar apps offer for a reminder. */
export const MAX_ALARM_MINUTES = 40_320;
export const MAX_WINDOW_MONTHS = 36;

const fields = {
  name: zText().trim().min(1, { message: "Name the feed" }).max(100),
  scope: ZCalendarFeedScope,
  /** ASSET scope: the asset whose tasks (and its components') the feed lists. */
  assetId: zId().nullable(),
  /** Minutes before the event's day starts for a reminder (VALARM); null: none. */
  alarmMinutesBefore: z.number().int().min(0).max(MAX_ALARM_MINUTES).nullable(),
  /** How many months of future schedule occurrences the feed lists. */
  windowMonths: z.number().int().min(1).max(MAX_WINDOW_MONTHS),
};

const assetMatchesScope = (value: { scope?: TCalendarFeedScope; assetId?: string | null }, ctx: z.RefinementCtx) => {
  if (value.scope === "ASSET" && !value.assetId) ctx.addIssue({ code: "custom", path: ["assetId"], message: "Choose the asset" });
  if (value.scope !== undefined && value.scope !== "ASSET" && value.assetId)
    ctx.addIssue({ code: "custom", path: ["assetId"], message: "Only an ASSET feed names an asset" });
};

export const ZCreateCalendarFeed = z
  .object({
    name: fields.name,
    scope: fields.scope,
    assetId: fields.assetId.optional(),
    alarmMinutesBefore: fields.alarmMinutesBefore.optional(),
    windowMonths: fields.windowMonths.optional(),
  })
  .superRefine(assetMatchesScope);
export type TCreateCalendarFeed = z.input<typeof ZCreateCalendarFeed>;

/** Any subset; changing the scope to ASSET needs assetId in the same request. */
export const ZUpdateCalendarFeed = z
  .object({
    name: fields.name,
    scope: fields.scope,
    assetId: fields.assetId,
    alarmMinutesBefore: fields.alarmMinutesBefore,
    windowMonths: fields.windowMonths,
  })
  .partial()
  .superRefine(assetMatchesScope);
export type TUpdateCalendarFeed = z.input<typeof ZUpdateCalendarFeed>;

export const ZCalendarFeedOut = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: ZCalendarFeedScope,
  assetId: z.uuid().nullable(),
  assetName: z.string().nullable(),
  alarmMinutesBefore: z.number().int().nullable(),
  windowMonths: z.number().int(),
  /** The token's last four characters: the URL itself is shown only by create and rotate. */
  tokenHint: z.string(),
  createdAt: z.iso.datetime(),
  lastFetchedAt: z.iso.datetime().nullable(),
});
export type TCalendarFeedOut = z.infer<typeof ZCalendarFeedOut>;

export const ZCalendarFeedList = z.object({ items: z.array(ZCalendarFeedOut) });
export type TCalendarFeedList = z.infer<typeof ZCalendarFeedList>;

export const ZCalendarFeedWithUrlOut = ZCalendarFeedOut.extend({
  url: z.string().describe("The subscription URL with its secret token; shown once, store it now"),
});
export type TCalendarFeedWithUrlOut = z.infer<typeof ZCalendarFeedWithUrlOut>;
