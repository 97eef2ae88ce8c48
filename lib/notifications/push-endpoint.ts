/**
 * A push endpoint is a URL a browser hands us, so the server will POST to whatever it
 * names: it passes the same SSRF rules as every other outbound request (public
 * addresses only, unless OUTBOUND_ALLOW_HOSTS names it) and must be https unless
 * allow-listed (a local push service in tests or a self-hosted one).
 */
import "server-only";
import { AppError } from "@/lib/server/errors/app-error";
import { outboundAllowList, OutboundHttpError, resolveAllowedAddresses } from "@/lib/server/outbound-http";

export async function checkPushEndpoint(endpoint: string): Promise<void> {
  const invalid = (message: string) =>
    new AppError("VALIDATION", "The push subscription is not usable.", { fieldErrors: [{ path: "endpoint", message }] });
  const url = new URL(endpoint);
  const allowList = outboundAllowList();
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (url.protocol !== "https:" && !allowList.hosts.has(host)) throw invalid("must be an https URL");
  try {
    await resolveAllowedAddresses(url.hostname, allowList);
  } catch (error) {
    if (error instanceof OutboundHttpError) throw invalid(error.message);
    throw error;
  }
}
