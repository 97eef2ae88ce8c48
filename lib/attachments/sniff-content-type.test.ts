import { describe, expect, it } from "vitest";
import { sniffContentType } from "./sniff-content-type";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

/** An ISO-BMFF ftyp box with the given major and compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], "ftyp", major, [0, 0, 0, 0], compatible.join(""), [0, 0, 0, 0]);
};

describe("sniffContentType", () => {
  it.each([
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"), "image/jpeg"],
    ["PNG", bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR"), "image/png"],
    ["GIF87a", bytes("GIF87a", [1, 0, 1, 0]), "image/gif"],
    ["GIF89a", bytes("GIF89a", [1, 0, 1, 0]), "image/gif"],
    ["WebP", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), "image/webp"],
    ["PDF", bytes("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), "application/pdf"],
    ["HEIC (major brand)", ftyp("heic", "mif1", "heic"), "image/heic"],
    ["HEIC (mif1 with a heic brand)", ftyp("mif1", "mif1", "heix"), "image/heic"],
    ["HEIF", ftyp("mif1", "mif1"), "image/heif"],
    ["ASCII text", bytes("Serial: 12345\r\nBought at the hardware store.\n"), "text/plain; charset=utf-8"],
    ["UTF-8 text with a BOM", bytes([0xef, 0xbb, 0xbf], [...Buffer.from("Gartenhäuschen ✓\tok\f")]), "text/plain; charset=utf-8"],
    ["text mentioning a tag later on", bytes("Notes: the <b> tag is bold\n"), "text/plain; charset=utf-8"],
  ])("recognises %s", (_label, input, expected) => {
    expect(sniffContentType(input)).toBe(expected);
  });

  it.each([
    ["empty", bytes()],
    ["HTML", bytes("<!DOCTYPE html><html><script>alert(1)</script>")],
    ["HTML after whitespace and a BOM", bytes([0xef, 0xbb, 0xbf], "\n  <HTML>")],
    ["a bare script tag", bytes("<script src=//evil.example/x.js></script>")],
    ["an HTML comment", bytes("<!-- hi -->")],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ["XML", bytes('<?xml version="1.0"?><svg/>')],
    ["a Windows executable", bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0], "This program cannot be run in DOS mode")],
    ["an ELF executable", bytes([0x7f], "ELF", [2, 1, 1, 0, 0, 0])],
    ["a ZIP (docx, xlsx)", bytes("PK", [3, 4, 20, 0, 6, 0])],
    ["a shell script with a NUL", bytes("#!/bin/sh\n", [0], "rm -rf /")],
    ["invalid UTF-8", bytes("caf", [0xe9], " latin-1")],
    ["UTF-16 text", new Uint8Array(Buffer.from("\ufeffhello", "utf16le"))],
    ["AVIF", ftyp("avif", "mif1", "avif")],
    ["HEIF-branded AVIF", ftyp("mif1", "mif1", "avif")],
    ["an MP4 video", ftyp("isom", "isom", "mp41")],
    ["a truncated PNG signature", bytes([0x89], "PNG")],
  ])("refuses %s", (_label, input) => {
    expect(sniffContentType(input)).toBeNull();
  });
});
