/**
 * The one way anything notifies people. Per recipient and their preferences it writes
 * the Notification row (the in-app list, and the record that this recipient was told
 * about this event) and enqueues one delivery job per other channel, all in the
 * caller's transaction: deliveries happen if and only if the cause commits.
 *
 * Idempotent: each recipient's row is keyed `${dedupeKey}:${userId}`; notifying again
 * about the same event creates nothing and enqueues nothing.
 */
import "server-only";
import { appriseJobsFor } from "@/lib/apprise/apprise-job";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import type { EmailTemplateName, EmailTemplateProps } from "@/lib/email/templates";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import type { NotificationChannel, NotificationType } from "@/lib/server/db/generated/enums";
import { enqueueJobs } from "@/lib/server/jobs/enqueue-job";
import { jobRequest } from "@/lib/server/jobs/job-definition";
import { sendPushJob } from "./jobs";
import { enabledChannels } from "./preference-defaults";
import { afterQuietHours, quietHoursOf } from "./quiet-hours";

export const SEND_PUSH_JOB = sendPushJob.kind;

/** An e-mail to send instead of the generic "notification" one. */
export type NotifyEmail = { [N in EmailTemplateName]: { template: N; props: EmailTemplateProps<N> } }[EmailTemplateName];

export interface NotifyInput {
  householdId: string;
  /** Users who are not members of the household are ignored. */
  userIds: readonly string[] | "all-members";
  type: NotificationType;
  title: string;
  body?: string;
  /** App-relative path of the page to open ("/assets/<id>"). */
  url?: string | null;
  /** Names the event (e.g. `task-assigned:<taskId>:<assignment>`); the recipient's id is appended. */
  dedupeKey: string;
  email?: NotifyEmail;
  /** Channels the caller reaches the recipient on itself (an invitation is always e-mailed, whatever the preferences). */
  excludeChannels?: readonly NotificationChannel[];
  now?: Date;
}

export interface NotifiedRecipient {
  userId: string;
  notificationId: string;
  channels: NotificationChannel[];
}

export async function notify(tx: DatabaseTransaction, input: NotifyInput): Promise<NotifiedRecipient[]> {
  if (input.url && !input.url.startsWith("/")) throw new Error("notify: url must be an app-relative path");
  const now = input.now ?? new Date();
  const members = await tx.membership.findMany({
    where: { householdId: input.householdId, ...(input.userIds !== "all-members" && { userId: { in: [...input.userIds] } }) },
    select: { userId: true, user: { select: { email: true } } },
  });
  if (members.length === 0) return [];
  const userIds = members.map((m) => m.userId);
  const [household, preferences, userSettings] = await Promise.all([
    tx.household.findUniqueOrThrow({ where: { id: input.householdId }, select: { name: true, timeZone: true } }),
    tx.notificationPreference.findMany({
      where: { householdId: input.householdId, type: input.type, userId: { in: userIds } },
      select: { userId: true, type: true, channel: true, enabled: true },
    }),
    tx.userNotificationSettings.findMany({ where: { userId: { in: userIds } } }),
  ]);

  const chosenChannels = (userId: string) =>
    enabledChannels(
      input.type,
      preferences.filter((p) => p.userId === userId),
    ).filter((c) => !input.excludeChannels?.includes(c));
  const wanted = members.map((m) => ({ ...m, channels: chosenChannels(m.userId) })).filter((m) => m.channels.length > 0);
  if (wanted.length === 0) return [];

  const created = await tx.notification.createManyAndReturn({
    data: wanted.map((m) => ({
      userId: m.userId,
      householdId: input.householdId,
      type: input.type,
      title: input.title,
      body: input.body ?? "",
      url: input.url ?? null,
      dedupeKey: `${input.dedupeKey}:${m.userId}`,
      channels: m.channels,
      createdAt: now,
    })),
    skipDuplicates: true,
    select: { id: true, userId: true, channels: true },
  });

  const byUser = new Map(wanted.map((m) => [m.userId, m]));
  // Interruptions (push, Apprise) wait for the end of the recipient's quiet hours.
  const releaseAt = (userId: string) =>
    afterQuietHours(
      now,
      quietHoursOf(
        userSettings.find((s) => s.userId === userId),
        household.timeZone,
      ),
    );
  const pushJobs = [];
  for (const row of created) {
    const member = byUser.get(row.userId);
    if (!member) continue;
    if (row.channels.includes("EMAIL")) {
      await enqueueEmail(tx, {
        to: member.user.email,
        ...(input.email ?? {
          template: "notification",
          props: { householdName: household.name, title: input.title, body: input.body ?? "", url: input.url ?? null },
        }),
        householdId: input.householdId,
        dedupeKey: `notification-email:${row.id}`,
      });
    }
    if (row.channels.includes("PUSH")) {
      pushJobs.push(
        jobRequest(
          sendPushJob,
          { notificationId: row.id },
          { householdId: input.householdId, runAt: releaseAt(row.userId), dedupeKey: `notification-push:${row.id}` },
        ),
      );
    }
  }
  const appriseJobs = await appriseJobsFor(
    tx,
    input.householdId,
    created
      .filter((row) => row.channels.includes("APPRISE"))
      .map((row) => ({ id: row.id, userId: row.userId, runAt: releaseAt(row.userId) })),
  );
  await enqueueJobs(tx, [...pushJobs, ...appriseJobs]);
  return created.map((row) => ({ userId: row.userId, notificationId: row.id, channels: row.channels }));
}
