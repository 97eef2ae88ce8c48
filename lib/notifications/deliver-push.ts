/**
 * Sends one notification to every push subscription of its user (the send-push job).
 * Encryption (RFC 8291 aes128gcm) and VAPID signing come from web-push; the request
 * itself goes through outbound-http, so the SSRF rules hold at send time too.
 *
 * Each subscription's send is recorded with runOnce, in its own transaction: a retry
 * after one device failed sends only to the ones not yet reached. 404/410 mean the
 * subscription is gone: it is deleted. 429 and 5xx retry; other answers are logged and
 * not retried (the message itself is at fault, another try would fail alike).
 */
import "server-only";
import webpush from "web-push";
import { db } from "@/lib/server/db/client";
import { answerExcerpt, describeJobError } from "@/lib/server/jobs/describe-job-error";
import { runOnce } from "@/lib/server/jobs/run-once";
import type { logger as appLogger } from "@/lib/server/logger";
import { outboundRequest, OutboundHttpError } from "@/lib/server/outbound-http";
import { pushOptions } from "./push-options";
import { vapidKeys } from "./vapid-keys";

export interface PushPayload {
  title: string;
  body: string;
  url: string;
  tag: string;
}

export interface DeliverPushContext {
  jobId: string;
  signal?: AbortSignal;
  logger: typeof appLogger;
  now?: () => Date;
}

export interface DeliverPushResult {
  sent: number;
  removed: number;
  skipped: number;
}

class RetryablePushError extends Error {}

/** "push service fcm.googleapis.com answered 503: <the start of its answer>"; the endpoint's path is a credential, the host is not. */
function pushAnswer(endpoint: string, status: number, body: Buffer): string {
  const excerpt = answerExcerpt(body);
  return `push service ${new URL(endpoint).host} answered ${status}${excerpt ? `: ${excerpt}` : ""}`;
}

export async function deliverPush(notificationId: string, context: DeliverPushContext): Promise<DeliverPushResult> {
  const result: DeliverPushResult = { sent: 0, removed: 0, skipped: 0 };
  const notification = await db().notification.findUnique({ where: { id: notificationId } });
  if (!notification) return result;
  const subscriptions = await db().pushSubscription.findMany({ where: { userId: notification.userId }, orderBy: { id: "asc" } });
  if (subscriptions.length === 0) return result;

  const suffix = `:${notification.userId}`;
  const tag = notification.dedupeKey.endsWith(suffix) ? notification.dedupeKey.slice(0, -suffix.length) : notification.dedupeKey;
  const payload: PushPayload = { title: notification.title, body: notification.body, url: notification.url ?? "/notifications", tag };
  const keys = await vapidKeys();
  const options = pushOptions(notification.type, tag);
  const failures: unknown[] = [];

  for (const subscription of subscriptions) {
    try {
      await db().$transaction(
        (tx) =>
          runOnce(tx, context.jobId, `push:${subscription.id}`, async () => {
            const details = webpush.generateRequestDetails(
              { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
              JSON.stringify(payload),
              { ...options, vapidDetails: keys, contentEncoding: "aes128gcm" },
            );
            const headers = Object.fromEntries(
              Object.entries(details.headers)
                .filter(([name]) => name.toLowerCase() !== "content-length")
                .map(([k, v]) => [k, String(v)]),
            );
            let status: number;
            let answer: Buffer;
            try {
              ({ status, body: answer } = await outboundRequest({
                url: details.endpoint,
                method: "POST",
                headers,
                body: details.body,
                signal: context.signal,
              }));
            } catch (error) {
              if (error instanceof OutboundHttpError && (error.code === "BLOCKED_ADDRESS" || error.code === "INVALID_URL")) {
                // The endpoint now points somewhere we must not send to: drop it like a 410.
                context.logger.warn("send-push: endpoint refused by the outbound guard; subscription removed", {
                  jobId: context.jobId,
                  subscriptionId: subscription.id,
                  reason: error.message,
                });
                await tx.pushSubscription.deleteMany({ where: { id: subscription.id } });
                result.removed++;
                return;
              }
              throw error;
            }
            if (status >= 200 && status < 300) {
              await tx.pushSubscription.updateMany({
                where: { id: subscription.id },
                data: { lastSuccessAt: context.now?.() ?? new Date() },
              });
              result.sent++;
            } else if (status === 404 || status === 410) {
              await tx.pushSubscription.deleteMany({ where: { id: subscription.id } });
              result.removed++;
            } else if (status === 429 || status >= 500) {
              throw new RetryablePushError(pushAnswer(details.endpoint, status, answer));
            } else {
              context.logger.warn("send-push: push service refused the message", {
                jobId: context.jobId,
                subscriptionId: subscription.id,
                status,
                answer: answerExcerpt(answer),
              });
              result.skipped++;
            }
          }),
        { timeout: 60_000 },
      );
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) {
    // The admin list shows this message: say what each push service answered, not where in our code it was noticed.
    const reasons = [...new Set(failures.map(describeJobError))].join("; ");
    throw new Error(`send-push: ${failures.length} of ${subscriptions.length} subscriptions failed (${reasons}); retrying those`, {
      cause: failures[0],
    });
  }
  return result;
}
