/**
 * Who is on the other end of a request, and which host they asked for, by one rule:
 * trust what the socket says, and trust X-Forwarded-* only for the configured number
 * of reverse-proxy hops (TRUST_PROXY), read right to left.
 *
 * Next's route handlers cannot see the socket, so the app's server (scripts/serve.ts)
 * removes any copy of CLIENT_ADDRESS_HEADER a client sent and sets it from
 * req.socket.remoteAddress before Next sees the request.
 */

/** Set by scripts/serve.ts from the socket; never taken from the client. */
import "server-only";
export const CLIENT_ADDRESS_HEADER = "x-dumbassets-client-address";

function listHeader(headers: Headers, name: string): string[] {
  return (headers.get(name) ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Picks the entry `trustedHops` proxies back: [..., hop2 saw, hop1 saw, socket]. */
function walkHops(chain: string[], trustedHops: number): string | undefined {
  if (chain.length === 0) return undefined;
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
}

/** The client's address: "unknown" only when the app runs without scripts/serve.ts. */
export function clientAddress(headers: Headers, trustedHops: number): string {
  const socket = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  if (!socket) return "unknown";
  if (trustedHops <= 0) return socket;
  return walkHops([...listHeader(headers, "x-forwarded-for"), socket], trustedHops) ?? socket;
}

/** The host the client asked for: Host, or X-Forwarded-Host as set by the trusted proxy. */
export function forwardedHost(headers: Headers, trustedHops: number): string | null {
  const host = headers.get("host");
  if (trustedHops <= 0) return host;
  const forwarded = listHeader(headers, "x-forwarded-host");
  // Each trusted proxy may append its own view; the one nearest to us is the last entry.
  return walkHops(forwarded, trustedHops - 1) ?? host;
}
