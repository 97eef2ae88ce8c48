/**
 * The parts of docs/webhooks.md written from code, so the doc cannot drift from what
 * is sent: the event catalogue and the delivery figures. The prose around them is
 * hand-written; the generated parts sit between marker comments, and
 * webhook-doc.test.ts fails (and tells how to refresh them) when they differ.
 */
import "server-only";
import { WEBHOOK_ATTEMPT_DELAYS_MS } from "./delivery-job";
import { WEBHOOK_MAX_CONSECUTIVE_FAILURES, WEBHOOK_TIMEOUT_MS } from "./deliver-webhook";
import { WEBHOOK_EVENT_CATALOGUE, WEBHOOK_EVENT_GROUPS, exampleWebhookBody, webhookEventTypesIn } from "./event-types";
import { SECRET_ROTATION_OVERLAP_MS } from "./webhook-secrets";

export const GENERATED_SECTIONS = ["delivery", "catalogue"] as const;
export type GeneratedSection = (typeof GENERATED_SECTIONS)[number];

export const sectionStart = (name: GeneratedSection) =>
  `<!-- generated:${name} (from lib/webhooks/webhook-doc.ts; do not edit by hand) -->`;
export const sectionEnd = (name: GeneratedSection) => `<!-- /generated:${name} -->`;

/** 0 → "immediately", 5000 → "5 seconds", 18000000 → "5 hours". */
export function humanDelay(ms: number): string {
  if (ms === 0) return "immediately";
  const units: [number, string][] = [
    [3_600_000, "hour"],
    [60_000, "minute"],
    [1_000, "second"],
  ];
  for (const [size, unit] of units) {
    if (ms % size === 0) {
      const n = ms / size;
      return `${n} ${unit}${n === 1 ? "" : "s"}`;
    }
  }
  return `${ms} ms`;
}

function renderDelivery(): string {
  const rows = WEBHOOK_ATTEMPT_DELAYS_MS.map(
    (delay, i) => `| ${i + 1} | ${i === 0 ? "immediately" : `${humanDelay(delay)} after attempt ${i} failed`} |`,
  );
  return [
    "| attempt | sent |",
    "|---|---|",
    ...rows,
    "",
    `- Each attempt waits at most ${humanDelay(WEBHOOK_TIMEOUT_MS)} for an answer; redirects are not followed (a 3xx answer is a failure).`,
    `- A message that failed all ${WEBHOOK_ATTEMPT_DELAYS_MS.length} attempts disables its endpoint.`,
    `- ${WEBHOOK_MAX_CONSECUTIVE_FAILURES} failed attempts in a row, across messages, disable the endpoint.`,
    "- An answer of `410 Gone` disables the endpoint at once.",
    `- After a secret rotation, messages carry signatures from both the new and the previous secret for ${humanDelay(SECRET_ROTATION_OVERLAP_MS)}.`,
  ].join("\n");
}

function renderCatalogue(): string {
  return WEBHOOK_EVENT_GROUPS.flatMap((group) => [
    `### ${group}`,
    "",
    ...webhookEventTypesIn(group).flatMap((type) => [
      `#### \`${type}\``,
      "",
      WEBHOOK_EVENT_CATALOGUE[type].description,
      "",
      "```json",
      exampleWebhookBody(type),
      "```",
      "",
    ]),
  ])
    .join("\n")
    .trimEnd();
}

const RENDERERS: Record<GeneratedSection, () => string> = { delivery: renderDelivery, catalogue: renderCatalogue };

/** The document with every generated section replaced by what the code says now. */
export function refreshWebhookDoc(doc: string): string {
  let out = doc;
  for (const name of GENERATED_SECTIONS) {
    const start = out.indexOf(sectionStart(name));
    const end = out.indexOf(sectionEnd(name));
    if (start < 0 || end < start) throw new Error(`docs/webhooks.md lacks the markers of the generated "${name}" section`);
    out = `${out.slice(0, start)}${sectionStart(name)}\n${RENDERERS[name]()}\n${out.slice(end)}`;
  }
  return out;
}
