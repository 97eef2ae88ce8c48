import { describe, expect, it } from "vitest";
import { answerExcerpt, describeJobError, scrubMessage } from "./describe-job-error";
import { MAX_ERROR_LENGTH } from "./job-sql";

describe("describeJobError", () => {
  it("gives the message and its causes in words, never the stack", () => {
    const error = new Error("send-push: 1 of 2 subscriptions failed; retrying those", {
      cause: new Error("push service 127.0.0.1 answered 503: Service Unavailable"),
    });
    const text = describeJobError(error);
    expect(text).toBe("send-push: 1 of 2 subscriptions failed; retrying those: push service 127.0.0.1 answered 503: Service Unavailable");
    expect(text).not.toMatch(/\bat\s|\.ts:\d+/);
  });

  it("removes server paths from messages but keeps URL paths", () => {
    const text = describeJobError(
      new Error(`ENOENT: no such file or directory, open '${process.cwd()}/data/files/x.pdf' (see /usr/lib/node_modules/x/index.js:12:3)`),
    );
    expect(text).not.toContain(process.cwd());
    expect(text).not.toContain("/usr/lib");
    expect(text).toContain("ENOENT: no such file or directory");
    expect(scrubMessage("GET https://push.example.com/fcm/send/abc answered 400")).toBe(
      "GET https://push.example.com/fcm/send/abc answered 400",
    );
    expect(scrubMessage("at C:\\srv\\app\\worker.js failed")).toBe("at <server path> failed");
  });

  it("drops stack frames a message embeds, and adds an SMTP server's answer", () => {
    expect(describeJobError(new Error("boom\n    at run (/srv/app/worker.js:1:2)\n    at next (node:internal/x:3:4)"))).toBe("boom");
    const smtp = Object.assign(new Error("Message failed"), { response: "550 5.1.1 Mailbox unavailable" });
    expect(describeJobError(smtp)).toBe("Message failed (server answered: 550 5.1.1 Mailbox unavailable)");
  });

  it("handles strings, aggregate errors, cycles and long texts", () => {
    expect(describeJobError("plain")).toBe("plain");
    expect(describeJobError(new AggregateError([new Error("a"), new Error("b")], "all failed"))).toBe("all failed: a: b");
    const cyclic = new Error("loop");
    (cyclic as { cause?: unknown }).cause = cyclic;
    expect(describeJobError(cyclic)).toBe("loop");
    expect(describeJobError(new Error("x".repeat(10_000)))).toHaveLength(MAX_ERROR_LENGTH);
  });
});

describe("answerExcerpt", () => {
  it("is one line, cut to length", () => {
    expect(answerExcerpt(Buffer.from('{\n  "error": "UnregisteredDevice"\n}'))).toBe('{ "error": "UnregisteredDevice" }');
    expect(answerExcerpt("y".repeat(1000), 50)).toHaveLength(50);
  });
});
