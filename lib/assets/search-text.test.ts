import { describe, expect, it } from "vitest";
import { buildSearchText, searchTermPatterns } from "./search-text";

describe("buildSearchText", () => {
  it("joins name, manufacturer, model, serial, notes and tag names, lower-cased", () => {
    const text = buildSearchText(
      { name: "Cordless Drill", manufacturer: "DeWalt", model: "DCD771", serialNumber: "SN-42", notes: "Bought at  the\nfair" },
      ["Tools", "Garage"],
    );
    expect(text).toBe("cordless drill dewalt dcd771 sn-42 bought at the fair garage tools");
  });

  it("skips missing and blank parts", () => {
    expect(buildSearchText({ name: "Lamp", manufacturer: null, model: "  ", serialNumber: null, notes: null }, [])).toBe("lamp");
  });
});

describe("searchTermPatterns", () => {
  it("splits on whitespace and lower-cases", () => {
    expect(searchTermPatterns("  DeWalt   drill ")).toEqual(["dewalt", "drill"]);
  });

  it("escapes LIKE wildcards and the escape character", () => {
    expect(searchTermPatterns("50% a_b c\\d")).toEqual(["50\\%", "a\\_b", "c\\\\d"]);
  });

  it("gives nothing for an empty or missing query", () => {
    expect(searchTermPatterns(undefined)).toEqual([]);
    expect(searchTermPatterns("   ")).toEqual([]);
  });
});
