import "server-only";
import { AppError } from "@/lib/server/errors/app-error";
import { classifyAddress, cidrContains, parseIp } from "@/lib/server/ip-address";
import { outboundAllowList } from "@/lib/server/outbound-http";

/**
 * Refuses, when it is saved, a URL that names a private or loopback address outright
 * (`http://169.254.169.254/`). Hostnames are checked at every delivery instead, where
 * their addresses are resolved: what they resolve to today says nothing about tomorrow.
 */
export function assertWebhookUrlAllowed(url: string): void {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const ip = parseIp(host);
  if (!ip || classifyAddress(host) === "public") return;
  const allow = outboundAllowList();
  if (allow.hosts.has(host) || allow.cidrs.some((cidr) => cidrContains(cidr, ip))) return;
  throw new AppError("VALIDATION", "This address cannot receive webhooks.", {
    fieldErrors: [{ path: "url", message: "must not point at a private, loopback or reserved address" }],
  });
}
