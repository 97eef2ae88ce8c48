/**
 * A small WebP preview of an uploaded image, for lists and galleries. Best effort: an
 * image sharp cannot decode (HEIC needs an HEVC decoder that sharp's prebuilt libvips
 * lacks; a truncated or exotic file) simply gets no thumbnail.
 */
import "server-only";
import sharp from "sharp";
import { logger } from "@/lib/server/logger";

export const THUMBNAIL_CONTENT_TYPE = "image/webp";

/**
 * Decoding is refused above this many pixels: a tiny PNG can declare 16k × 16k and
 * would cost a gigabyte of memory. 100 MP is beyond the output of any phone camera's default mode.
 */
const MAX_INPUT_PIXELS = 100_000_000;

export async function makeThumbnail(image: Buffer): Promise<Buffer | null> {
  try {
    return await sharp(image, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(400, 400, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
  } catch (error) {
    logger.info("no thumbnail: the image could not be decoded", { reason: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
