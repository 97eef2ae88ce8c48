/** Response shapes of the REST API that the UI reads, taken from the modules that produce them. */
import type { Role } from "@/lib/server/db/generated/enums";
import type { AccountOverview } from "@/lib/accounts/get-account";
import type { HouseholdMember } from "@/lib/households/list-members";

export type { Role };
export type TAccount = AccountOverview;
export type TMember = HouseholdMember;
export type { TApiTokenOut as TApiToken } from "@/lib/api-tokens/schemas";
export type { TAttachmentKind, TAttachmentOut as TAttachment, TAttachmentList } from "@/lib/attachments/schemas";
export type { TDashboard } from "@/lib/assets/get-dashboard";

export interface TCreatedApiToken {
  id: string;
  name: string;
  prefix: string;
  /** The secret: shown once, never again. */
  token: string;
}

export type TCalendarFeedScope = "MY_TASKS" | "HOUSEHOLD_TASKS" | "WARRANTIES" | "ASSET";

/** A calendar feed as listed: the secret URL is never part of it, only a hint of its token. */
export interface TCalendarFeed {
  id: string;
  name: string;
  scope: TCalendarFeedScope;
  assetId: string | null;
  assetName: string | null;
  /** VALARM lead time; null: no reminder. */
  alarmMinutesBefore: number | null;
  /** How far ahead schedules are expanded. */
  windowMonths: number;
  tokenHint: string;
  createdAt: string;
  lastFetchedAt: string | null;
}

/** The answer to create and rotate: the feed with its secret URL, shown once. */
export interface TCalendarFeedWithUrl extends TCalendarFeed {
  url: string;
}

export interface TCreateCalendarFeed {
  name: string;
  scope: TCalendarFeedScope;
  assetId?: string;
  alarmMinutesBefore?: number | null;
  windowMonths?: number;
}

export interface TUpdateCalendarFeed {
  name?: string;
  alarmMinutesBefore?: number | null;
  windowMonths?: number;
}

export { ATTACHMENT_KINDS } from "@/lib/core/attachment-kinds";
