import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { assertWebhookUrlAllowed } from "./check-webhook-url";
import { ZCreateWebhook, type TCreateWebhook, type TWebhookWithSecretOut } from "./schemas";
import { generateWebhookSecret } from "./sign-payload";
import { webhookOut } from "./webhook-out";
import { sealWebhookSecret } from "./webhook-secrets";

/** Adds an endpoint; its signing secret is returned this once and stored only sealed. */
export async function createWebhook(auth: AuthContext, input: TCreateWebhook): Promise<TWebhookWithSecretOut> {
  const data = ZCreateWebhook.parse(input);
  assertWebhookUrlAllowed(data.url);
  const secret = generateWebhookSecret();
  const endpoint = await db().webhookEndpoint.create({
    data: {
      householdId: auth.householdId,
      url: data.url,
      description: data.description,
      eventTypes: [...new Set(data.eventTypes)],
      secretSealed: sealWebhookSecret(secret),
    },
  });
  return { ...webhookOut(endpoint), secret };
}
