import { describe, expect, it } from "vitest";
import { CRLF, foldLine, joinContentLines } from "./fold";

const octets = (s: string) => Buffer.byteLength(s, "utf8");
const unfold = (s: string) => s.replace(/\r\n /g, "");

describe("foldLine", () => {
  it("leaves a line of exactly 75 octets alone", () => {
    const line = `SUMMARY:${"a".repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds ASCII at 75 octets, continuation lines a space plus 74", () => {
    const line = `DESCRIPTION:${"x".repeat(200)}`; // 212 octets = 75 + 74 + 63
    const folded = foldLine(line);
    const parts = folded.split(CRLF);
    expect(parts.map(octets)).toEqual([75, 1 + 74, 1 + 63]);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it("never splits a multibyte character that straddles the 75th octet", () => {
    // 74 ASCII octets, then "ü" (2 octets) would end at octet 76: it moves to the next line whole.
    const line = `${"a".repeat(74)}ü${"b".repeat(10)}`;
    const parts = foldLine(line).split(CRLF);
    expect(parts[0]).toBe("a".repeat(74));
    expect(parts[1]).toBe(` ü${"b".repeat(10)}`);
    for (const part of parts) expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part);
  });

  it("keeps a 3-octet character whole when it would end exactly on and just past the limit", () => {
    const fits = `${"a".repeat(72)}€`; // 72 + 3 = 75
    expect(foldLine(fits)).toBe(fits);
    const spills = `${"a".repeat(73)}€`; // 73 + 3 = 76
    expect(foldLine(spills).split(CRLF)).toEqual(["a".repeat(73), " €"]);
  });

  it("keeps an emoji (a 4-octet UTF-8 sequence, a surrogate pair in JS) whole", () => {
    const line = `SUMMARY:${"🧯".repeat(40)}`;
    const parts = foldLine(line).split(CRLF);
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(unfold(parts.join(CRLF))).toBe(line);
    // 8 octets of "SUMMARY:" + 16 emoji = 72; the 17th would reach 76.
    expect(parts[0]).toBe(`SUMMARY:${"🧯".repeat(16)}`);
  });

  it("round-trips random text through fold and unfold with every line within 75 octets", () => {
    const alphabet = ["a", "ü", "€", "🧯", " ", ";", "\\n", "漢"];
    let seed = 7;
    for (let run = 0; run < 200; run++) {
      let line = "DESCRIPTION:";
      const length = run % 120;
      for (let i = 0; i < length; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        line += alphabet[seed % alphabet.length];
      }
      const folded = foldLine(line);
      expect(unfold(folded)).toBe(line);
      for (const part of folded.split(CRLF)) expect(octets(part)).toBeLessThanOrEqual(75);
    }
  });
});

describe("joinContentLines", () => {
  it("ends every line, the last too, with CRLF", () => {
    expect(joinContentLines(["BEGIN:VCALENDAR", "END:VCALENDAR"])).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  });
});
