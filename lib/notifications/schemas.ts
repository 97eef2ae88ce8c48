import { z } from "zod";
import { zHttpUrl, zText } from "@/lib/server/validation/input";
import { NotificationChannel, NotificationType } from "@/lib/server/db/generated/enums";

export const NOTIFICATION_TYPES = Object.values(NotificationType) as [NotificationType, ...NotificationType[]];
export const NOTIFICATION_CHANNELS = Object.values(NotificationChannel) as [NotificationChannel, ...NotificationChannel[]];

export const ZNotificationType = z.enum(NOTIFICATION_TYPES);
export const ZNotificationChannel = z.enum(NOTIFICATION_CHANNELS);

export const ZListNotificationsQuery = z.object({
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** "true": only unread ones. */
  unread: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(false),
});
export type TListNotificationsQuery = z.input<typeof ZListNotificationsQuery>;

export const ZNotificationOut = z.object({
  id: z.uuid(),
  type: ZNotificationType,
  title: z.string(),
  body: z.string(),
  url: z.string().nullable(),
  readAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type TNotificationOut = z.infer<typeof ZNotificationOut>;

export const ZNotificationPage = z.object({
  items: z.array(ZNotificationOut),
  nextCursor: z.uuid().nullable(),
  /** Unread in-app notifications of the caller in the active household, whatever the filter. */
  unreadCount: z.number().int(),
});
export type TNotificationPage = z.infer<typeof ZNotificationPage>;

export const ZMarkNotificationsRead = z.union([
  z.object({ ids: z.array(z.uuid()).min(1).max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type TMarkNotificationsRead = z.input<typeof ZMarkNotificationsRead>;

export const ZMarkNotificationsReadOut = z.object({ updated: z.number().int(), unreadCount: z.number().int() });
export type TMarkNotificationsReadOut = z.infer<typeof ZMarkNotificationsReadOut>;

export const ZNotificationPreferenceOut = z.object({
  type: ZNotificationType,
  channel: ZNotificationChannel,
  enabled: z.boolean(),
  /** True when the user never chose: `enabled` is the app's default. */
  isDefault: z.boolean(),
});
export const ZNotificationPreferences = z.object({ preferences: z.array(ZNotificationPreferenceOut) });
export type TNotificationPreferences = z.infer<typeof ZNotificationPreferences>;

export const ZUpdateNotificationPreferences = z.object({
  preferences: z
    .array(z.object({ type: ZNotificationType, channel: ZNotificationChannel, enabled: z.boolean() }))
    .min(1)
    .max(NOTIFICATION_TYPES.length * NOTIFICATION_CHANNELS.length),
});
export type TUpdateNotificationPreferences = z.input<typeof ZUpdateNotificationPreferences>;

export const DEFAULT_WARRANTY_LEAD_DAYS = [30, 14, 7, 1] as const;

export const ZNotificationSettings = z.object({
  /** Days before a warranty expires on which members are reminded (0 = on the day). */
  warrantyLeadDays: z
    .array(z.number().int().min(0).max(365))
    .max(10)
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
});
export type TNotificationSettings = z.output<typeof ZNotificationSettings>;
export type TUpdateNotificationSettings = z.input<typeof ZNotificationSettings>;

export const ZVapidPublicKeyOut = z.object({
  publicKey: z.string().describe("The application server key (base64url), for PushManager.subscribe"),
});

/** A PushSubscription as the browser's `subscription.toJSON()` gives it. */
export const ZPushSubscriptionIn = z.object({
  endpoint: zHttpUrl(2_000),
  expirationTime: z.number().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  keys: z.object({
    p256dh: z.base64url().min(80).max(100),
    auth: z.base64url().min(16).max(32),
  }),
});
export type TPushSubscriptionIn = z.input<typeof ZPushSubscriptionIn>;

export const ZPushSubscriptionOut = z.object({ id: z.uuid(), endpoint: z.string(), createdAt: z.iso.datetime() });
export type TPushSubscriptionOut = z.infer<typeof ZPushSubscriptionOut>;

export const ZDeletePushSubscription = z.object({ endpoint: zText().min(1).max(2_000) });
export type TDeletePushSubscription = z.input<typeof ZDeletePushSubscription>;

const ZLocalTime = zText().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "must be HH:mm (24 h)" });

/** The caller's quiet hours: push waits until they end. Both null: none. */
export const ZQuietHours = z
  .object({
    start: ZLocalTime.nullable(),
    end: ZLocalTime.nullable(),
    /** IANA zone; null: the household's. */
    timeZone: zText()
      .max(64)
      .refine(
        (zone) => {
          try {
            new Intl.DateTimeFormat("en", { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        },
        { message: "must be an IANA time zone" },
      )
      .nullable()
      .default(null),
  })
  .refine((q) => (q.start === null) === (q.end === null), { message: "set both start and end, or neither", path: ["end"] });
export type TQuietHours = z.output<typeof ZQuietHours>;
export type TUpdateQuietHours = z.input<typeof ZQuietHours>;
