/**
 * What a file really is, from its bytes. The browser's type and the file name's
 * extension are never trusted: a "photo.png" holding HTML or an executable is refused.
 */

import "server-only";
export const ALLOWED_UPLOAD_TYPES = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
  "image/gif": "GIF",
  "image/heic": "HEIC",
  "image/heif": "HEIF",
  "application/pdf": "PDF",
  "text/plain; charset=utf-8": "plain text",
} as const;

export type SniffedContentType = keyof typeof ALLOWED_UPLOAD_TYPES;

export const ALLOWED_UPLOAD_TYPES_TEXT = "JPEG, PNG, WebP, GIF, HEIC/HEIF images, PDF and plain text (UTF-8)";

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);
const HEIF_BRANDS = new Set(["mif1", "msf1", "heif"]);

/** ISO-BMFF `ftyp` box: a HEIF container holding HEVC (HEIC) or another codec. AVIF is not accepted. */
function sniffHeif(bytes: Uint8Array): SniffedContentType | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return null;
  const boxSize = Math.min(new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0), bytes.length, 4096);
  const major = ascii(bytes, 8, 12);
  const compatible: string[] = [];
  for (let i = 16; i + 4 <= boxSize; i += 4) compatible.push(ascii(bytes, i, i + 4));
  if (HEIC_BRANDS.has(major)) return "image/heic";
  if (!HEIF_BRANDS.has(major)) return null;
  if (compatible.some((b) => HEIC_BRANDS.has(b))) return "image/heic";
  if (compatible.some((b) => b === "avif" || b === "avis")) return null;
  return "image/heif";
}

/** C0 controls other than tab, line feed, form feed and carriage return, and DEL: binary, not text. */
const isBinaryControl = (b: number) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
// The WHATWG MIME-sniffing HTML signatures, plus XML and SVG: markup that a browser would
// render if anything ever served it without nosniff. Text starting like this is refused.
const MARKUP =
  /^<(?:!--|\?xml|!doctype\s+html(?:[\s>]|$)|(?:html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|svg)(?:[\s/>]|$))/i;

function isPlainText(bytes: Uint8Array): boolean {
  // Control bytes never occur inside UTF-8 multi-byte sequences, so checking bytes is exact.
  if (bytes.some(isBinaryControl)) return false;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return false;
  }
  return !MARKUP.test(
    text
      .slice(0, 4096)
      .replace(/^\uFEFF/, "")
      .trimStart(),
  );
}

/** The allowed content type the bytes are, or null when they are none of them. */
export function sniffContentType(bytes: Uint8Array): SniffedContentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return "image/gif";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "image/webp";
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === "%PDF-") return "application/pdf";
  const heif = sniffHeif(bytes);
  if (heif) return heif;
  if (bytes.length > 0 && isPlainText(bytes)) return "text/plain; charset=utf-8";
  return null;
}

export function isImageType(contentType: string): boolean {
  return contentType.startsWith("image/");
}
