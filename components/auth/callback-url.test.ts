import { describe, expect, it } from "vitest";
import { safeCallbackUrl, withCallback } from "./callback-url";

describe("callback URLs", () => {
  it("keeps same-site paths such as an invitation link, and refuses the rest", () => {
    expect(safeCallbackUrl("/invite/inv_abc-123")).toBe("/invite/inv_abc-123");
    expect(safeCallbackUrl(["/assets/1", "/tasks"])).toBe("/assets/1");
    expect(safeCallbackUrl("/tasks?view=mine#top")).toBe("/tasks?view=mine#top");
    for (const bad of [
      undefined,
      "",
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "/sign-in?x=1",
      "/sign-up",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\\evil.example",
      "/%09/x\u0000",
    ]) {
      expect(safeCallbackUrl(bad)).toBe("/dashboard");
    }
  });

  it("carries the return path to sign-in and sign-up, and leaves the dashboard implicit", () => {
    expect(withCallback("/sign-up", "/invite/inv_a b")).toBe("/sign-up?callbackUrl=%2Finvite%2Finv_a%20b");
    expect(withCallback("/sign-in", "/dashboard")).toBe("/sign-in");
  });
});
