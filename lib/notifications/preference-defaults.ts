/**
 * What each user gets when they never chose (no NotificationPreference row). In-app is
 * always on by default; e-mail for what needs action or is rare; push for what is
 * time-sensitive; Apprise only once a user turns it on (it needs a server).
 */
import "server-only";
import type { NotificationChannel, NotificationType, Role } from "@/lib/server/db/generated/enums";
import { can, type Permission } from "@/lib/core/permissions";
import { NOTIFICATION_CHANNELS, NOTIFICATION_TYPES } from "./schemas";

const DEFAULT_ON: Record<NotificationChannel, readonly NotificationType[]> = {
  IN_APP: NOTIFICATION_TYPES,
  EMAIL: ["WARRANTY_EXPIRING", "TASK_ASSIGNED", "TASK_OVERDUE", "MENTION", "INVITATION", "WEBHOOK_DISABLED"],
  PUSH: ["WARRANTY_EXPIRING", "TASK_ASSIGNED", "TASK_DUE_SOON", "TASK_OVERDUE", "MENTION"],
  APPRISE: [],
};

export function defaultPreference(type: NotificationType, channel: NotificationChannel): boolean {
  return DEFAULT_ON[channel].includes(type);
}

export interface StoredPreference {
  type: NotificationType;
  channel: NotificationChannel;
  enabled: boolean;
}

/** Types only some roles are ever sent; the others are not offered a choice about them. */
const TYPE_AUDIENCE: Partial<Record<NotificationType, Permission>> = {
  WEBHOOK_DISABLED: "webhook:manage",
};

/** The types a member with this role can receive. */
export function notificationTypesFor(role: Role): NotificationType[] {
  return NOTIFICATION_TYPES.filter((type) => {
    const needed = TYPE_AUDIENCE[type];
    return needed === undefined || can(role, needed);
  });
}

/** The type x channel matrix of the role's types: stored choices, the defaults elsewhere. */
export function preferenceMatrix(stored: readonly StoredPreference[], role: Role) {
  const chosen = new Map(stored.map((p) => [`${p.type}/${p.channel}`, p.enabled]));
  return notificationTypesFor(role).flatMap((type) =>
    NOTIFICATION_CHANNELS.map((channel) => {
      const enabled = chosen.get(`${type}/${channel}`);
      return { type, channel, enabled: enabled ?? defaultPreference(type, channel), isDefault: enabled === undefined };
    }),
  );
}

/** The channels one user gets one type on. */
export function enabledChannels(type: NotificationType, stored: readonly StoredPreference[]): NotificationChannel[] {
  return NOTIFICATION_CHANNELS.filter((channel) => {
    const row = stored.find((p) => p.type === type && p.channel === channel);
    return row ? row.enabled : defaultPreference(type, channel);
  });
}
