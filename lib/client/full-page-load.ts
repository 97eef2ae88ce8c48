/**
 * Navigates with a full page load instead of client-side routing. Used where the
 * whole app must start afresh: after signing in or up (new session cookie, new server
 * layout), after switching household (every cached query belongs to the old one),
 * and when a session has ended (401).
 */
export function fullPageLoad(path: string): void {
  window.location.assign(path);
}
