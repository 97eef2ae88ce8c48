import { describe, expect, it } from "vitest";
import { isCleanLine, isCleanText, zCalendarDate, zHttpUrl, zId, zInstant, zMultilineText, zText } from "./input";

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe("zText (one line)", () => {
  it("accepts ordinary text, accents, emoji and right-to-left scripts", () => {
    for (const value of ["Boiler", "Škoda Octavia", "🔧 tools", "מדיח כלים", ""]) expect(ok(zText(), value), value).toBe(true);
  });

  it("refuses NUL, every other control character, newlines, tabs and lone surrogates", () => {
    for (const value of ["a\u0000b", "a\nb", "a\tb", "a\rb", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009f", "a\ud800", "\udc00b"]) {
      expect(ok(zText(), value), JSON.stringify(value)).toBe(false);
    }
  });

  it("names the problem and keeps chaining (trim, min, max)", () => {
    const schema = zText().trim().min(1).max(3);
    expect(schema.parse("  ab ")).toBe("ab");
    expect(schema.safeParse("a\u0000").error?.issues[0]?.message).toBe("must not contain control characters");
    expect(ok(schema, "abcd")).toBe(false);
  });

  it("keeps a surrogate pair (an emoji) but not half of one", () => {
    expect(isCleanLine("👍")).toBe(true);
    expect(isCleanLine("👍".slice(0, 1))).toBe(false);
  });
});

describe("zMultilineText", () => {
  it("keeps newlines, carriage returns and tabs", () => {
    expect(zMultilineText().parse("line 1\r\n\tline 2")).toBe("line 1\r\n\tline 2");
    expect(isCleanText("a\nb")).toBe(true);
  });

  it("refuses NUL and the other controls", () => {
    for (const value of ["a\u0000b", "\u0008", "\u000b", "\u000c", "\u001f", "\u007f", "a\ud800"]) {
      expect(ok(zMultilineText(), value), JSON.stringify(value)).toBe(false);
    }
  });
});

describe("zId", () => {
  it("accepts UUIDs only", () => {
    expect(ok(zId(), "01933b8c-7d4f-7a2e-9c1d-3f5e6a7b8c9d")).toBe(true);
    for (const value of ["x", "not-a-uuid", "", "01933b8c-7d4f-7a2e-9c1d-3f5e6a7b8c9d\u0000"]) expect(ok(zId(), value)).toBe(false);
  });
});

describe("zCalendarDate", () => {
  it("accepts real days from 1900 to 2999, leap days included", () => {
    for (const value of ["1900-01-01", "2024-02-29", "2000-02-29", "2999-12-31"]) expect(ok(zCalendarDate(), value), value).toBe(true);
  });

  it("refuses impossible days, years out of range and other shapes", () => {
    for (const value of [
      "2026-02-30",
      "2025-02-29",
      "1900-02-29",
      "2026-04-31",
      "2026-13-01",
      "0000-01-01",
      "1899-12-31",
      "3000-01-01",
      "26-01-01",
      "2026-1-1",
      "2026-01-01T00:00:00Z",
      "2026-01-01\u0000",
    ]) {
      expect(ok(zCalendarDate(), value), value).toBe(false);
    }
  });
});

describe("zInstant", () => {
  it("accepts ISO 8601 instants with an offset in range", () => {
    for (const value of ["2026-05-31T09:00:00Z", "2026-05-31T09:00:00.123+02:00"]) expect(ok(zInstant(), value), value).toBe(true);
  });

  it("refuses local times, impossible days and years out of range", () => {
    for (const value of [
      "2026-05-31T09:00:00",
      "2026-02-30T00:00:00Z",
      "0000-01-01T00:00:00Z",
      "+275760-09-13T00:00:00Z",
      "3000-01-01T00:00:00Z",
    ]) {
      expect(ok(zInstant(), value), value).toBe(false);
    }
  });
});

describe("zHttpUrl", () => {
  it("accepts absolute http(s) URLs", () => {
    for (const value of ["https://example.com/hook", "http://10.0.0.5:8080/x?y=1"]) expect(ok(zHttpUrl(), value), value).toBe(true);
  });

  it("refuses non-URLs, other schemes and credentials without throwing", () => {
    for (const value of [
      "not a url",
      "",
      "ftp://example.com/",
      "javascript:alert(1)",
      "https://user:pw@example.com/",
      "https://exa\u0000mple.com/",
    ]) {
      expect(() => zHttpUrl().safeParse(value)).not.toThrow();
      expect(ok(zHttpUrl(), value), value).toBe(false);
    }
    expect(ok(zHttpUrl(20), "https://example.com/a-long-path")).toBe(false);
  });
});
