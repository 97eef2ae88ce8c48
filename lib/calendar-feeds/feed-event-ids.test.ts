import { describe, expect, it } from "vitest";
import { latest, occurrenceUid, secondaryWarrantyUid, sequenceOf, taskUid, warrantyUid } from "./feed-event-ids";

describe("feed event ids", () => {
  const id = "0195f0c2-7a3e-7c1a-9b1e-3c4d5e6f7a8b";

  it("derives UIDs from record ids and the planned date only, under a host-independent domain", () => {
    expect(occurrenceUid(id, "2026-05-31")).toBe(`${id}-2026-05-31@dumbassets`);
    expect(taskUid(id)).toBe(`task-${id}@dumbassets`);
    expect(warrantyUid(id)).toBe(`warranty-${id}@dumbassets`);
    expect(secondaryWarrantyUid(id)).not.toBe(warrantyUid(id));
  });

  it("numbers SEQUENCE by whole seconds since 2024-01-01, growing with the records' updatedAt and fitting 31 bits", () => {
    expect(sequenceOf(new Date("2024-01-01T00:00:00Z"))).toBe(0);
    expect(sequenceOf(new Date("2024-01-01T00:00:01.999Z"))).toBe(1);
    expect(sequenceOf(new Date("2023-06-01T00:00:00Z"))).toBe(0);
    const earlier = sequenceOf(new Date("2026-12-06T02:00:00Z"));
    expect(sequenceOf(new Date("2026-12-06T02:00:01Z"))).toBeGreaterThan(earlier);
    expect(sequenceOf(new Date("2092-01-01T00:00:00Z"))).toBeLessThan(2 ** 31);
  });

  it("takes the latest of the records' timestamps, ignoring missing ones", () => {
    const a = new Date("2026-01-01T00:00:00Z");
    const b = new Date("2026-02-01T00:00:00Z");
    expect(latest(a, null, b, undefined)).toEqual(b);
    expect(latest(null).getTime()).toBe(0);
  });
});
