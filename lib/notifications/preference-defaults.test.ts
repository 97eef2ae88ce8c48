import { describe, expect, it } from "vitest";
import { enabledChannels, notificationTypesFor, preferenceMatrix } from "./preference-defaults";
import { NOTIFICATION_CHANNELS, NOTIFICATION_TYPES } from "./schemas";

describe("notification preference defaults", () => {
  it("fills every type x channel cell, marking stored choices", () => {
    const matrix = preferenceMatrix([{ type: "MENTION", channel: "APPRISE", enabled: true }], "OWNER");
    expect(matrix).toHaveLength(NOTIFICATION_TYPES.length * NOTIFICATION_CHANNELS.length);
    expect(matrix.filter((p) => !p.isDefault)).toEqual([{ type: "MENTION", channel: "APPRISE", enabled: true, isDefault: false }]);
    expect(matrix.filter((p) => p.channel === "IN_APP").every((p) => p.enabled)).toBe(true);
    expect(matrix.filter((p) => p.channel === "APPRISE" && p.isDefault).every((p) => !p.enabled)).toBe(true);
  });

  it("lets a stored choice override the default either way", () => {
    expect(enabledChannels("TASK_ASSIGNED", [])).toEqual(["IN_APP", "EMAIL", "PUSH"]);
    expect(enabledChannels("SCHEDULE_CHANGED", [])).toEqual(["IN_APP"]);
    expect(
      enabledChannels("TASK_ASSIGNED", [
        { type: "TASK_ASSIGNED", channel: "EMAIL", enabled: false },
        { type: "TASK_ASSIGNED", channel: "APPRISE", enabled: true },
        { type: "MENTION", channel: "PUSH", enabled: false },
      ]),
    ).toEqual(["IN_APP", "PUSH", "APPRISE"]);
  });

  it("offers webhook notices only to roles that manage webhooks, by e-mail and in app by default", () => {
    expect(notificationTypesFor("OWNER")).toContain("WEBHOOK_DISABLED");
    expect(notificationTypesFor("ADMIN")).toContain("WEBHOOK_DISABLED");
    for (const role of ["MEMBER", "VIEWER"] as const) {
      expect(notificationTypesFor(role)).not.toContain("WEBHOOK_DISABLED");
      expect(notificationTypesFor(role)).toHaveLength(NOTIFICATION_TYPES.length - 1);
      expect(preferenceMatrix([], role).some((p) => p.type === "WEBHOOK_DISABLED")).toBe(false);
    }
    expect(enabledChannels("WEBHOOK_DISABLED", [])).toEqual(["IN_APP", "EMAIL"]);
  });
});
