import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { makeThumbnail } from "./make-thumbnail";

const image = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#3a7" } })
    .jpeg()
    .toBuffer();

describe("makeThumbnail", () => {
  it("fits the image inside 400×400 as WebP", async () => {
    const thumbnail = await makeThumbnail(await image(300, 900));
    expect(thumbnail && (await sharp(thumbnail).metadata())).toMatchObject({ format: "webp", width: 133, height: 400 });
  });

  it("does not enlarge small images", async () => {
    const thumbnail = await makeThumbnail(await image(120, 80));
    expect(thumbnail && (await sharp(thumbnail).metadata())).toMatchObject({ width: 120, height: 80 });
  });

  it("answers null, not an error, for an image it cannot decode (HEIC without a decoder, truncated files)", async () => {
    const heicHeader = Buffer.from([0, 0, 0, 0x18, ...Buffer.from("ftypheic\0\0\0\0mif1heic"), ...new Array(64).fill(0)]);
    expect(await makeThumbnail(heicHeader)).toBeNull();
    expect(await makeThumbnail((await image(50, 50)).subarray(0, 40))).toBeNull();
  });
});
