/**
 * Headers for serving a user's upload from our own origin. Even a file that slipped
 * past sniffing cannot run script here: the browser must take our content type
 * (nosniff), the document is sandboxed with no sources (CSP), and anything but images
 * and PDF is offered as a download rather than rendered.
 */

import "server-only";
export const ATTACHMENT_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

export function isInlineType(contentType: string): boolean {
  return contentType.startsWith("image/") || contentType === "application/pdf";
}

/** RFC 6266 value: a plain-ASCII `filename` for old clients and the exact name as RFC 8187 `filename*`. */
export function contentDisposition(disposition: "inline" | "attachment", fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function attachmentHeaders(file: { contentType: string; fileName: string; size: number }): Record<string, string> {
  return {
    "content-type": file.contentType,
    "content-length": String(file.size),
    "content-disposition": contentDisposition(isInlineType(file.contentType) ? "inline" : "attachment", file.fileName),
    "x-content-type-options": "nosniff",
    "content-security-policy": ATTACHMENT_CSP,
    "cross-origin-resource-policy": "same-origin",
    "cache-control": "private, max-age=3600",
  };
}
