import { describe, expect, it } from "vitest";
import { deliveryStatus, eventFilterSummary, formatDuration, splitWebhookUrl, toggleEventType } from "./webhook-display";

describe("splitWebhookUrl", () => {
  it("emphasises the host and port, keeping path and query apart", () => {
    expect(splitWebhookUrl("https://hooks.example.com:8443/api/webhook/abc?token=x")).toEqual({
      prefix: "https://",
      host: "hooks.example.com:8443",
      rest: "/api/webhook/abc?token=x",
    });
  });

  it("drops a bare trailing slash", () => {
    expect(splitWebhookUrl("http://192.168.1.5/")).toEqual({ prefix: "http://", host: "192.168.1.5", rest: "" });
  });

  it("shows an unparsable URL whole", () => {
    expect(splitWebhookUrl("not a url")).toEqual({ prefix: "", host: "not a url", rest: "" });
  });
});

describe("eventFilterSummary", () => {
  it("reads an empty filter as every event", () => {
    expect(eventFilterSummary([])).toBe("All events");
  });

  it("lists up to three types in catalogue order", () => {
    expect(eventFilterSummary(["task.due", "asset.created"])).toBe("asset.created, task.due");
  });

  it("counts longer filters", () => {
    expect(eventFilterSummary(["task.due", "task.overdue", "asset.created", "asset.deleted"])).toBe(
      "4 events: asset.created, asset.deleted and 2 more",
    );
  });

  it("still names types it does not know (from a newer server)", () => {
    expect(eventFilterSummary(["meter.read"])).toBe("meter.read");
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0 ms"],
    [999, "999 ms"],
    [1_234, "1.2 s"],
    [15_000, "15 s"],
  ])("%d ms reads %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe("deliveryStatus", () => {
  it("tells a refusal from no answer at all", () => {
    expect(deliveryStatus({ status: "SUCCEEDED", responseCode: 204 })).toEqual({ label: "Delivered", tone: "success" });
    expect(deliveryStatus({ status: "FAILED", responseCode: 500 })).toEqual({ label: "Failed", tone: "danger" });
    expect(deliveryStatus({ status: "FAILED", responseCode: null })).toEqual({ label: "No answer", tone: "danger" });
  });
});

describe("toggleEventType", () => {
  it("adds and removes, keeping catalogue order and no duplicates", () => {
    expect(toggleEventType(["task.due"], "asset.created", true)).toEqual(["asset.created", "task.due"]);
    expect(toggleEventType(["asset.created", "task.due"], "asset.created", true)).toEqual(["asset.created", "task.due"]);
    expect(toggleEventType(["asset.created", "task.due"], "task.due", false)).toEqual(["asset.created"]);
  });
});
