import { serverEnv } from "@/lib/server/env";

/**
 * A key for the client making a request, for per-client rate limits. Next's server
 * appends the socket address as the last X-Forwarded-For entry; behind a trusted
 * reverse proxy (TRUST_PROXY=true) the first entry is the real client instead.
 */
export function clientKeyFromHeaders(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
  const address = serverEnv().TRUST_PROXY ? forwarded[0] : forwarded.at(-1);
  return address ?? headers.get("x-real-ip") ?? "unknown";
}
