import { describe, expect, it } from "vitest";
import { pushOptions } from "./push-options";
import { NOTIFICATION_TYPES } from "./schemas";

describe("push options", () => {
  it("gives every type a TTL and an urgency", () => {
    for (const type of NOTIFICATION_TYPES) {
      const options = pushOptions(type, `tag:${type}`);
      expect(options.TTL, type).toBeGreaterThan(0);
      expect(["very-low", "low", "normal", "high"], type).toContain(options.urgency);
    }
  });

  it("keeps a webhook notice for three days and never lets one disabling's notice replace another's", () => {
    expect(pushOptions("WEBHOOK_DISABLED", "webhook-disabled:endpoint-1:2026-03-01T10:00:00.000Z")).toEqual({
      TTL: 3 * 24 * 3600,
      urgency: "normal",
    });
  });

  it("gives replaceable types a short hashed topic per subject", () => {
    const options = pushOptions("TASK_DUE_SOON", "task-due-soon:1");
    expect(options.topic).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(pushOptions("TASK_DUE_SOON", "task-due-soon:1").topic).toBe(options.topic);
    expect(pushOptions("TASK_DUE_SOON", "task-due-soon:2").topic).not.toBe(options.topic);
    expect(pushOptions("TASK_ASSIGNED", "task-assigned:1").topic).toBeUndefined();
  });
});
