/** Webhook secrets at rest: sealed (lib/server/crypto/secret-box.ts), opened only to sign. */
import "server-only";
import type { WebhookEndpoint } from "@/lib/server/db/client";
import { openSecret, sealSecret } from "@/lib/server/crypto/secret-box";

const PURPOSE = "webhook-endpoint-secret";

/** How long the secret before a rotation keeps signing, so receivers can switch without losing messages. */
export const SECRET_ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

export const sealWebhookSecret = (secret: string): string => sealSecret(secret, PURPOSE);

/** The secrets to sign with now: the current one, plus the previous one while its overlap lasts. */
export function liveWebhookSecrets(
  endpoint: Pick<WebhookEndpoint, "secretSealed" | "previousSecretSealed" | "previousSecretExpiresAt">,
  now = new Date(),
): string[] {
  const secrets = [openSecret(endpoint.secretSealed, PURPOSE)];
  if (endpoint.previousSecretSealed && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) {
    secrets.push(openSecret(endpoint.previousSecretSealed, PURPOSE));
  }
  return secrets;
}
