/**
 * The security headers of every answer, in one place. Pages get a strict
 * Content-Security-Policy with a per-request nonce: Next puts that nonce on its own
 * inline scripts, and `'strict-dynamic'` lets the scripts they load run, so no
 * `unsafe-inline` script can. API answers are data, never documents: nothing may load.
 * Styles keep `'unsafe-inline'` (React's `style` attributes, e.g. tag colours); they
 * cannot run code.
 */

/** 128 random bits, base64: unguessable and fresh for every page. */
import "server-only";
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function pageContentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  // React's development build needs eval for its stack traces and fast refresh.
  const devEval = options.development ? " 'unsafe-eval'" : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** HSTS only when the public URL is https: on plain http it would lock a browser out. */
export function strictTransportSecurity(appUrl: string | undefined): string | null {
  if (!appUrl) return null;
  try {
    return new URL(appUrl).protocol === "https:" ? "max-age=63072000; includeSubDomains" : null;
  } catch {
    return null;
  }
}
