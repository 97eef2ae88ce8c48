import "server-only";
import { AppError } from "@/lib/server/errors/app-error";
import { forwardedHost } from "@/lib/server/http/client-address";

export interface SameOriginOptions {
  /** Reverse-proxy hops whose X-Forwarded-Host is trusted (TRUST_PROXY); 0 = use Host. */
  trustedProxyHops: number;
  /** The public URL (APP_URL); its origin is always allowed. */
  appUrl: string;
}

const refuse = () => new AppError("CROSS_SITE_REQUEST", "Cross-site requests are not allowed.");

/**
 * Refuses cross-site state changes made with a browser's cookies. Browsers send
 * Sec-Fetch-Site on every request; older ones send Origin, which must be APP_URL's
 * origin or match the host asked for (Host, or X-Forwarded-Host only from a trusted
 * proxy). An opaque `Origin: null` (sandboxed frames, some redirects) is refused.
 */
export function assertSameOrigin(request: Request, options: SameOriginOptions): void {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) {
    if (fetchSite === "same-origin" || fetchSite === "none") return;
    throw refuse();
  }
  const origin = request.headers.get("origin");
  if (origin === null) return; // Not a browser: scripts authenticate with a Bearer token or nothing at all.
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    throw refuse();
  }
  if (originUrl.origin === "null") throw refuse();
  if (originUrl.origin === new URL(options.appUrl).origin) return;
  const host = forwardedHost(request.headers, options.trustedProxyHops);
  if (host && originUrl.host === host) return;
  throw refuse();
}
