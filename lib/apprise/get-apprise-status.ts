import "server-only";
import type { EnvRecord } from "@/lib/server/config/config";
import type { TAppriseStatusOut } from "./schemas";
import { findAppriseTransport } from "./send-apprise";

/**
 * Whether this server can send to Apprise at all, so the settings page can say so before
 * anyone adds a URL. Only the kind of transport: never the API server's address.
 */
export async function getAppriseStatus(env?: EnvRecord): Promise<TAppriseStatusOut> {
  const transport = await findAppriseTransport(env);
  return { transport: transport?.via ?? null };
}
