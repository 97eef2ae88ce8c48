import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "./cursor";

const Tuple = z.tuple([z.literal("due"), z.string().nullable(), z.uuid()]);
const id = "0190f2a0-0000-7000-8000-000000000001";

describe("list cursors", () => {
  it("round-trip a tuple through opaque base64url", () => {
    const raw = encodeCursor(["due", "2026-12-06", id]);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(raw, Tuple)).toEqual(["due", "2026-12-06", id]);
  });

  it.each([
    ["not base64 JSON", "%%%"],
    ["another listing's cursor", encodeCursor(["created", null, id])],
    ["a forged id", encodeCursor(["due", null, "1 OR 1=1"])],
    ["an empty string", ""],
  ])("refuse %s with a 422 that says to start again", (_, raw) => {
    expect(() => decodeCursor(raw, Tuple)).toThrow(
      expect.objectContaining({ code: "VALIDATION", message: "The cursor is not valid for this listing." }),
    );
  });
});
