import { encode } from "uqr";
import { describe, expect, it } from "vitest";
import { googleCalendarAddUrl, leadTimeLabel, qrModulesPath, webcalUrl } from "./feed-links";

describe("webcalUrl", () => {
  it("swaps http(s) for webcal and keeps host, port, path and query", () => {
    expect(webcalUrl("https://assets.example.test/calendar/abc.ics")).toBe("webcal://assets.example.test/calendar/abc.ics");
    expect(webcalUrl("http://192.168.1.5:3000/calendar/abc.ics?x=1")).toBe("webcal://192.168.1.5:3000/calendar/abc.ics?x=1");
    expect(webcalUrl("  HTTPS://Host.test/a.ics ")).toBe("webcal://Host.test/a.ics");
  });

  it("refuses anything that is not an http(s) URL", () => {
    expect(webcalUrl("javascript:alert(1)")).toBeNull();
    expect(webcalUrl("webcal://x.test/a.ics")).toBeNull();
    expect(webcalUrl("https://")).toBeNull();
    expect(webcalUrl("")).toBeNull();
  });
});

describe("googleCalendarAddUrl", () => {
  it("passes the webcal URL encoded as cid", () => {
    expect(googleCalendarAddUrl("https://a.test/calendar/t.ics")).toBe(
      "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fa.test%2Fcalendar%2Ft.ics",
    );
    expect(googleCalendarAddUrl("ftp://a.test/x")).toBeNull();
  });
});

describe("qrModulesPath", () => {
  it("draws one rectangle per horizontal run of dark modules", () => {
    expect(
      qrModulesPath([
        [true, true, false, true],
        [false, false, false, false],
        [false, true, true, true],
      ]),
    ).toBe("M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z");
    expect(qrModulesPath([[false]])).toBe("");
  });

  it("covers exactly the dark modules of a real QR code", () => {
    const { data, size } = encode("https://assets.example.test/calendar/0123456789abcdef0123456789abcdef.ics", { ecc: "M", border: 0 });
    const path = qrModulesPath(data);
    const dark = new Set<string>();
    for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(w); i++) dark.add(`${Number(x) + i},${y}`);
    }
    const expected = new Set<string>();
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (data[y]?.[x]) expected.add(`${x},${y}`);
    expect(dark).toEqual(expected);
  });
});

describe("leadTimeLabel", () => {
  it.each([
    [null, "No reminder"],
    [0, "At the start"],
    [1, "1 minute before"],
    [15, "15 minutes before"],
    [60, "1 hour before"],
    [540, "9 hours before"],
    [1440, "1 day before"],
    [2880, "2 days before"],
    [10080, "1 week before"],
    [90, "90 minutes before"],
  ])("%s → %s", (minutes, label) => {
    expect(leadTimeLabel(minutes)).toBe(label);
  });
});
