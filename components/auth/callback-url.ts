/** Only same-site paths: "/assets/1" yes, "//evil.example" or "https://..." no. */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return "/dashboard";
  if (url.startsWith("/sign-in") || url.startsWith("/sign-up")) return "/dashboard";
  return url;
}

/** `path` carrying the page to return to, left off when that is just the dashboard. */
export function withCallback(path: string, callbackUrl: string): string {
  return callbackUrl === "/dashboard" ? path : `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}
