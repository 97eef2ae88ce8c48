import { describe, expect, it } from "vitest";
import { ATTACHMENT_CSP, attachmentHeaders, contentDisposition } from "./download-headers";

describe("contentDisposition", () => {
  it("gives ASCII names as they are", () => {
    expect(contentDisposition("inline", "receipt 2026.pdf")).toBe(
      `inline; filename="receipt 2026.pdf"; filename*=UTF-8''receipt%202026.pdf`,
    );
  });

  it("encodes non-ASCII names per RFC 8187 with an ASCII fallback", () => {
    expect(contentDisposition("attachment", "Gartenhäuschen – Quittung.txt")).toBe(
      `attachment; filename="Gartenh_uschen _ Quittung.txt"; filename*=UTF-8''Gartenh%C3%A4uschen%20%E2%80%93%20Quittung.txt`,
    );
  });

  it("cannot be broken out of by quotes, backslashes or percent signs", () => {
    expect(contentDisposition("attachment", `a"b\\c%41'(d)*.txt`)).toBe(
      `attachment; filename="a_b_c_41'(d)*.txt"; filename*=UTF-8''a%22b%5Cc%2541%27%28d%29%2A.txt`,
    );
  });
});

describe("attachmentHeaders", () => {
  it("shows images and PDFs inline", () => {
    for (const contentType of ["image/png", "image/heic", "application/pdf"]) {
      expect(attachmentHeaders({ contentType, fileName: "x", size: 1 })["content-disposition"]).toMatch(/^inline;/);
    }
  });

  it("offers everything else as a download, with the safe headers", () => {
    expect(attachmentHeaders({ contentType: "text/plain; charset=utf-8", fileName: "notes.txt", size: 42 })).toEqual({
      "content-type": "text/plain; charset=utf-8",
      "content-length": "42",
      "content-disposition": `attachment; filename="notes.txt"; filename*=UTF-8''notes.txt`,
      "x-content-type-options": "nosniff",
      "content-security-policy": ATTACHMENT_CSP,
      "cross-origin-resource-policy": "same-origin",
      "cache-control": "private, max-age=3600",
    });
  });
});
