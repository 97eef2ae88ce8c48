import { describe, expect, it } from "vitest";
import { accumulateProof } from "./completion-proof";

const empty = { completionPhotoIds: [], completionNote: null, costMinor: null };

describe("accumulateProof", () => {
  it("keeps a single completion's note as written and sets only what was given", () => {
    expect(accumulateProof(empty, { photoIds: ["p1"], note: "Replaced the filter" }, null)).toEqual({
      completionPhotoIds: ["p1"],
      completionNote: "Replaced the filter",
      costMinor: null,
    });
    expect(accumulateProof(empty, { photoIds: [], costMinor: 0, meterReading: 0 }, null)).toEqual({
      completionPhotoIds: [],
      completionNote: null,
      costMinor: BigInt(0),
      meterReadingValue: 0,
    });
  });

  it("adds each assignee's photos, note (under their name) and cost to what the earlier ones gave", () => {
    const afterAlice = accumulateProof(empty, { photoIds: ["a"], note: "Kitchen done", costMinor: 250 }, "Alice");
    const afterBob = accumulateProof(afterAlice, { photoIds: ["b", "a"], note: "Bathroom done", costMinor: 100 }, "Bob");
    expect(afterBob).toEqual({
      completionPhotoIds: ["a", "b"],
      completionNote: "Alice: Kitchen done\n\nBob: Bathroom done",
      costMinor: BigInt(350),
    });
  });

  it("keeps earlier notes and costs when a later part brings none", () => {
    const earlier = { completionPhotoIds: ["a"], completionNote: "Alice: ok", costMinor: BigInt(5) };
    expect(accumulateProof(earlier, { photoIds: [], note: "" }, "Bob")).toEqual(earlier);
  });
});
