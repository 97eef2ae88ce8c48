/**
 * One delivery attempt (the body of the "webhook-delivery" job): sign, POST through
 * outbound-http (15 s, no redirects), log a WebhookDelivery row, and decide what next:
 * - 2xx: delivered; the endpoint's failure count starts over;
 * - 410 Gone: the receiver asked to stop; the endpoint is disabled now;
 * - anything else (other statuses, timeouts, refused targets): the next attempt is
 *   scheduled, unless this was the last one or the endpoint has now failed
 *   WEBHOOK_MAX_CONSECUTIVE_FAILURES times in a row; then it is disabled, saying why.
 * Disabling tells the household's owners and admins (disable-webhook-endpoint.ts), in
 * the same transaction.
 *
 * The outcome is recorded through runOnce's JobDelivery key (record-webhook-attempt.ts),
 * so a job that runs again after its attempt committed neither sends, logs nor schedules
 * twice; an attempt that crashed before committing is retried, and receivers
 * deduplicate by `webhook-id`.
 *
 * Database cost of a delivered message: two round trips (read-delivery-target.ts, then
 * one recording statement). A failed one records in a transaction, because the next
 * attempt or the disabling must commit with the record or not at all.
 */
import "server-only";
import { db } from "@/lib/server/db/client";
import { describeJobError } from "@/lib/server/jobs/describe-job-error";
import { outboundRequest, OutboundHttpError, type OutboundAllowList } from "@/lib/server/outbound-http";
import { enqueueWebhookAttempts, WEBHOOK_MAX_ATTEMPTS, type TWebhookDeliveryJob } from "./delivery-job";
import { disableWebhookEndpoint } from "./disable-webhook-endpoint";
import { readDeliveryTarget } from "./read-delivery-target";
import { recordWebhookAttempt, type WebhookAttemptRecord } from "./record-webhook-attempt";
import { signPayload } from "./sign-payload";
import { liveWebhookSecrets } from "./webhook-secrets";

export const WEBHOOK_TIMEOUT_MS = 15_000;
/** Failed attempts in a row, across messages, after which an endpoint is disabled. */
export const WEBHOOK_MAX_CONSECUTIVE_FAILURES = 20;
const RECIPIENT_KEY = "webhook-attempt";

export type DeliveryOutcome = "delivered" | "failed" | "disabled-now" | "skipped";

interface AttemptResult {
  status: "SUCCEEDED" | "FAILED";
  responseCode: number | null;
  error: string | null;
  durationMs: number;
}

async function attempt(
  url: string,
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal | undefined,
  allowList?: OutboundAllowList,
): Promise<AttemptResult> {
  const started = performance.now();
  try {
    const response = await outboundRequest({
      url,
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "user-agent": "DumbAssets-Webhooks/1" },
      body,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      maxResponseBytes: 4_096,
      // Messages to one receiver come in runs; a reused connection spares a TCP (and TLS) handshake each.
      keepAlive: true,
      signal,
      allowList,
    });
    const ok = response.status >= 200 && response.status < 300;
    return {
      status: ok ? "SUCCEEDED" : "FAILED",
      responseCode: response.status,
      error: ok ? null : `The receiver answered ${response.status}`,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    const message = error instanceof OutboundHttpError ? `${error.code}: ${error.message}` : describeJobError(error);
    return { status: "FAILED", responseCode: null, error: message.slice(0, 1_000), durationMs: Math.round(performance.now() - started) };
  }
}

export async function deliverWebhook(
  payload: TWebhookDeliveryJob,
  options: { jobId: string; signal?: AbortSignal; allowList?: OutboundAllowList },
): Promise<DeliveryOutcome> {
  const endpoint = await readDeliveryTarget(db(), { endpointId: payload.endpointId, jobId: options.jobId, recipientKey: RECIPIENT_KEY });
  // Deleted or disabled since the message was queued (nothing to send, nothing to retry), or already recorded.
  if (!endpoint || endpoint.recorded) return "skipped";

  const headers = signPayload({
    secrets: liveWebhookSecrets(endpoint),
    messageId: payload.eventId,
    timestampSeconds: Math.floor(Date.now() / 1000),
    body: payload.body,
  });
  const result = await attempt(endpoint.url, { ...headers }, payload.body, options.signal, options.allowList);
  // The worker lost the job (lease reclaimed, shutdown): not the receiver's failure; the next owner retries it.
  if (options.signal?.aborted) throw new Error("webhook attempt aborted: the worker no longer owns this job");

  const record: Omit<WebhookAttemptRecord, "failureCount"> = {
    jobId: options.jobId,
    recipientKey: RECIPIENT_KEY,
    endpointId: endpoint.id,
    eventId: payload.eventId,
    eventType: payload.eventType,
    payload: payload.body,
    attempt: payload.attempt,
    ...result,
  };
  if (result.status === "SUCCEEDED") {
    // Nothing else to commit with it, so the statement runs on its own (no BEGIN/COMMIT round trips).
    const recorded = await recordWebhookAttempt(db(), { ...record, failureCount: "reset" });
    return recorded.ran ? "delivered" : "skipped";
  }

  return db().$transaction(async (tx): Promise<DeliveryOutcome> => {
    // Another delivery may have disabled it a moment ago: then this one only failed.
    const disable = async (reason: string): Promise<DeliveryOutcome> =>
      (await disableWebhookEndpoint(tx, { endpoint, reason })) ? "disabled-now" : "failed";
    // 410 Gone disables at once; it is the receiver's wish, not a failure to count.
    const gone = result.responseCode === 410;
    const recorded = await recordWebhookAttempt(tx, { ...record, failureCount: gone ? "keep" : "increment" });
    if (!recorded.ran) return "skipped";
    if (gone) return disable("The receiver answered 410 Gone");
    if (payload.attempt >= WEBHOOK_MAX_ATTEMPTS) {
      return disable(`Message ${payload.eventId} failed all ${WEBHOOK_MAX_ATTEMPTS} attempts; last: ${result.error}`);
    }
    const consecutiveFailures = recorded.consecutiveFailures ?? 0;
    if (consecutiveFailures >= WEBHOOK_MAX_CONSECUTIVE_FAILURES) {
      return disable(`${consecutiveFailures} delivery attempts failed in a row; last: ${result.error}`);
    }
    await enqueueWebhookAttempts(tx, endpoint.householdId, [{ ...payload, attempt: payload.attempt + 1 }]);
    return "failed";
  });
}
