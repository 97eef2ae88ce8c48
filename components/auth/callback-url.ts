const HOME = "/dashboard";

/**
 * Only same-site paths: "/assets/1" yes; "//evil.example", "/\evil.example",
 * "/<TAB>/evil.example" (browsers drop tabs and newlines, making it "//evil.example") or
 * "https://..." no. The value is resolved as a browser would and must stay on our origin;
 * what is returned is that normalised path, never the raw input.
 */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/")) return HOME;
  const base = "http://same.origin";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return HOME;
  }
  if (url.origin !== base || /[\u0000-\u001f\u007f\\]/.test(raw)) return HOME;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//") || path.startsWith("/sign-in") || path.startsWith("/sign-up")) return HOME;
  return path;
}

/** `path` carrying the page to return to, left off when that is just the dashboard. */
export function withCallback(path: string, callbackUrl: string): string {
  return callbackUrl === HOME ? path : `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}
