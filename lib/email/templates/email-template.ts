/**
 * What an e-mail template is: props in, subject + HTML + text out. Each template is a
 * react-email component (see email-layout.tsx); renderEmail turns it into both parts.
 */
import "server-only";
import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";
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
  render(props: P, context: EmailRenderContext): Promise<RenderedEmail>;
}

export function defineEmailTemplate<P>(template: EmailTemplate<P>): EmailTemplate<P> {
  return template;
}

/**
 * Renders the component once and derives the text part from that same HTML (what
 * render's `plainText` option does, without rendering the tree a second time).
 * Headings keep their case: html-to-text would shout them in capitals.
 */
export async function renderEmail(subject: string, email: ReactElement): Promise<RenderedEmail> {
  const html = await render(email);
  const text = toPlainText(html, {
    selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
  });
  return { subject, html, text };
}
