import { describe, expect, it } from "vitest";
import { redactForLog } from "./logger";

describe("log redaction", () => {
  it("removes secrets at any depth, keeping the rest", () => {
    const redacted = redactForLog({
      user: "ada",
      password: "hunter2",
      headers: { authorization: "Bearer da_x", cookie: "s=1", accept: "json" },
      nested: [{ apiKey: "k", webhookSecret: "whsec_x", count: 3 }],
    });
    expect(redacted).toEqual({
      user: "ada",
      password: "[redacted]",
      headers: { authorization: "[redacted]", cookie: "[redacted]", accept: "json" },
      nested: [{ apiKey: "[redacted]", webhookSecret: "[redacted]", count: 3 }],
    });
  });
});
