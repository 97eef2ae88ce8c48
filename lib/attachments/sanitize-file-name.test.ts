import { describe, expect, it } from "vitest";
import { MAX_FILE_NAME_LENGTH, sanitizeFileName } from "./sanitize-file-name";

describe("sanitizeFileName", () => {
  it.each([
    ["receipt.pdf", "receipt.pdf"],
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\me\\Desktop\\manual.pdf", "manual.pdf"],
    ["/abs/path/photo.jpg", "photo.jpg"],
    ["..", "file"],
    [".", "file"],
    ["", "file"],
    ["dir/", "file"],
    [".hidden", "hidden"],
    ["line\nbreak\r\tname\u0000.txt", "linebreakname.txt"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ['what?"<x>|y*:z.png', "what___x__y__z.png"],
    ["  spaced   out  name .jpg  ", "spaced out name .jpg"],
    ["Gartenhäuschen – Quittung.pdf", "Gartenhäuschen – Quittung.pdf"],
    ["Cafe\u0301.txt", "Café.txt"],
    ["trailing dots...", "trailing dots"],
  ])("%j → %j", (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it("cuts long names to the limit, keeping the extension", () => {
    const name = sanitizeFileName(`${"a".repeat(300)}.pdf`);
    expect(name).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name).toBe(`${"a".repeat(MAX_FILE_NAME_LENGTH - 4)}.pdf`);
  });

  it("counts characters, not UTF-16 units, and never splits a surrogate pair", () => {
    const name = sanitizeFileName("📷".repeat(250));
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name).toBe("📷".repeat(MAX_FILE_NAME_LENGTH));
  });

  it("does not treat a long tail after the last dot as an extension", () => {
    const name = sanitizeFileName(`v1.${"b".repeat(300)}`);
    expect(name).toBe(`v1.${"b".repeat(MAX_FILE_NAME_LENGTH - 3)}`);
  });
});
