/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): the signature is
 * `v1,` + base64 HMAC-SHA256 over `${id}.${timestamp}.${body}`, keyed with the
 * base64-decoded part of the `whsec_` secret. During a secret rotation the message is
 * signed with every live secret, space-separated, so the receiver may check either.
 */
import "server-only";
import { createHmac, randomBytes } from "node:crypto";

export const WEBHOOK_SECRET_PREFIX = "whsec_";

/** A new secret: `whsec_` + base64 of 24 random bytes (192 bits). */
export function generateWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(24).toString("base64")}`;
}

function secretKey(secret: string): Buffer {
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  return Buffer.from(encoded, "base64");
}

export function signatureFor(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  const mac = createHmac("sha256", secretKey(secret)).update(`${messageId}.${timestampSeconds}.${body}`).digest("base64");
  return `v1,${mac}`;
}

export interface WebhookHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

export function signPayload(input: {
  secrets: readonly string[];
  messageId: string;
  timestampSeconds: number;
  body: string;
}): WebhookHeaders {
  if (input.secrets.length === 0) throw new Error("signPayload: at least one secret is required");
  return {
    "webhook-id": input.messageId,
    "webhook-timestamp": String(input.timestampSeconds),
    "webhook-signature": input.secrets.map((s) => signatureFor(s, input.messageId, input.timestampSeconds, input.body)).join(" "),
  };
}

/** A message id: `msg_` + 128 random bits. The same for every attempt of one message. */
export function newMessageId(): string {
  return `msg_${randomBytes(16).toString("base64url")}`;
}
