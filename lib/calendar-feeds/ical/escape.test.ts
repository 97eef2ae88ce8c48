import { describe, expect, it } from "vitest";
import { escapeText, paramValue, stripControls, uriValue } from "./escape";

describe("escapeText", () => {
  it("escapes backslash, semicolon and comma, backslash first", () => {
    expect(escapeText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
    expect(escapeText("\\,")).toBe("\\\\\\,");
  });

  it("writes every kind of line break as \\n", () => {
    expect(escapeText("one\ntwo\r\nthree\rfour")).toBe("one\\ntwo\\nthree\\nfour");
  });

  it("drops other control characters but keeps colons, quotes and non-ASCII", () => {
    expect(escapeText("a\u0000b\tc\u0007d\u007fe\u0085f")).toBe("abcdef");
    expect(escapeText('Time: 10:00 "quoted" Kühlschrank 🧯')).toBe('Time: 10:00 "quoted" Kühlschrank 🧯');
  });

  it("leaves the empty string empty", () => {
    expect(escapeText("")).toBe("");
  });
});

describe("uriValue", () => {
  it("is not TEXT-escaped", () => {
    expect(uriValue("https://x.test/a?b=1,2;c=\\d")).toBe("https://x.test/a?b=1,2;c=\\d");
  });

  it("drops control characters and line breaks", () => {
    expect(uriValue("https://x.test/\r\nINJECTED:1")).toBe("https://x.test/INJECTED:1");
  });
});

describe("paramValue", () => {
  it("quotes a value with : ; or , and drops double quotes", () => {
    expect(paramValue("Europe/Berlin")).toBe("Europe/Berlin");
    expect(paramValue('a:b"c')).toBe('"a:bc"');
  });
});

describe("stripControls", () => {
  it("normalises CR and CRLF to LF", () => {
    expect(stripControls("a\r\nb\rc")).toBe("a\nb\nc");
  });
});
