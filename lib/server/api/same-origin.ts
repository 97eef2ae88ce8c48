import { AppError } from "@/lib/server/errors/app-error";

/**
 * Refuses cross-site state changes made with a browser's cookies. Browsers send
 * Sec-Fetch-Site on every request; older ones send Origin, which must match.
 */
export function assertSameOrigin(request: Request): void {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) {
    if (fetchSite === "same-origin" || fetchSite === "none") return;
    throw new AppError("CROSS_SITE_REQUEST", "Cross-site requests are not allowed.");
  }
  const origin = request.headers.get("origin");
  if (!origin) return; // Not a browser: scripts authenticate with a Bearer token or nothing at all.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host && new URL(origin).host === host) return;
  throw new AppError("CROSS_SITE_REQUEST", "Cross-site requests are not allowed.");
}
