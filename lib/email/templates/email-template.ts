/**
 * What an e-mail template is: props in, subject + HTML + text out. Plain functions for
 * now; a react-email implementation can replace one without its callers noticing.
 */
import type { z } from "zod";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface EmailRenderContext {
  /** The app's public base URL, without a trailing slash, for links back. */
  appUrl: string;
}

export interface EmailTemplate<P> {
  /** Parses the props stored in a send-email job. */
  props: z.ZodType<P>;
  render(props: P, context: EmailRenderContext): RenderedEmail;
}

export function defineEmailTemplate<P>(template: EmailTemplate<P>): EmailTemplate<P> {
  return template;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** The shared HTML frame: inline styles only, as mail clients ignore style sheets. */
export function htmlLayout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f5;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#18181b">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">${body}</div>
</body></html>`;
}
