import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENT_TYPES } from "./event-types";
import { humanDelay, refreshWebhookDoc, sectionEnd, sectionStart } from "./webhook-doc";

const DOC = fileURLToPath(new URL("../../docs/webhooks.md", import.meta.url));
const REFRESH = "UPDATE_WEBHOOK_DOC=1 npx vitest run --project unit lib/webhooks/webhook-doc.test.ts";

describe("docs/webhooks.md", () => {
  it("matches the event catalogue and delivery figures in the code", () => {
    const fresh = refreshWebhookDoc(readFileSync(DOC, "utf8"));
    // The one sanctioned way to refresh the generated parts after changing the code.
    if (process.env.UPDATE_WEBHOOK_DOC === "1") writeFileSync(DOC, fresh);
    expect(readFileSync(DOC, "utf8"), `docs/webhooks.md is out of date; run: ${REFRESH}`).toBe(fresh);
  });

  it("documents every event type with an example", () => {
    const doc = readFileSync(DOC, "utf8");
    for (const type of WEBHOOK_EVENT_TYPES) {
      expect(doc).toContain(`#### \`${type}\``);
      expect(doc).toContain(`"type": "${type}"`);
    }
  });
});

describe("refreshWebhookDoc", () => {
  const blank = [
    "# Doc",
    sectionStart("delivery"),
    "stale",
    sectionEnd("delivery"),
    "prose",
    sectionStart("catalogue"),
    sectionEnd("catalogue"),
    "end",
  ].join("\n");

  it("replaces only what lies between the markers and is idempotent", () => {
    const once = refreshWebhookDoc(blank);
    expect(once).not.toContain("stale");
    expect(once.startsWith("# Doc\n")).toBe(true);
    expect(once).toContain("\nprose\n");
    expect(once.endsWith("\nend")).toBe(true);
    expect(once).toContain("| 2 | 5 seconds after attempt 1 failed |");
    expect(refreshWebhookDoc(once)).toBe(once);
  });

  it("refuses a document that lost its markers", () => {
    expect(() => refreshWebhookDoc("# Doc")).toThrow(/markers/);
  });
});

describe("humanDelay", () => {
  it.each([
    [0, "immediately"],
    [1_000, "1 second"],
    [5_000, "5 seconds"],
    [300_000, "5 minutes"],
    [7_200_000, "2 hours"],
    [86_400_000, "24 hours"],
    [1_500, "1500 ms"],
  ])("%d ms reads %s", (ms, text) => {
    expect(humanDelay(ms)).toBe(text);
  });
});
