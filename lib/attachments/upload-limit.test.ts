import { describe, expect, it } from "vitest";
import { assertContentLengthFits, assertUploadSizeFits, MULTIPART_OVERHEAD_BYTES } from "./upload-limit";

const MB = 1024 * 1024;

describe("upload size limit", () => {
  it("accepts files totalling up to the limit and refuses one byte more with 413 naming the limit", () => {
    expect(() => assertUploadSizeFits(3 * MB, 3)).not.toThrow();
    expect(() => assertUploadSizeFits(3 * MB + 1, 3)).toThrow(
      expect.objectContaining({ code: "PAYLOAD_TOO_LARGE", status: 413, message: expect.stringContaining("at most 3 MB") }),
    );
  });

  it("refuses early from Content-Length, allowing for multipart framing", () => {
    expect(() => assertContentLengthFits(String(2 * MB + MULTIPART_OVERHEAD_BYTES), 2)).not.toThrow();
    expect(() => assertContentLengthFits(String(2 * MB + MULTIPART_OVERHEAD_BYTES + 1), 2)).toThrow(
      expect.objectContaining({ status: 413, message: expect.stringContaining("at most 2 MB") }),
    );
  });

  it("leaves a missing or malformed Content-Length to the checks on the real bytes", () => {
    expect(() => assertContentLengthFits(null, 1)).not.toThrow();
    expect(() => assertContentLengthFits("lots", 1)).not.toThrow();
  });
});
