/**
 * MAX_UPLOAD_MB caps the files of one upload request together (and so each file).
 * It is checked three times: from Content-Length before reading anything, while the
 * body streams in (a missing or lying Content-Length cannot make us buffer more), and
 * on the real sizes of the files received.
 */
import "server-only";
import { serverEnv } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors/app-error";

const MB = 1024 * 1024;

/** Room for multipart boundaries, part headers and the `kind` field on top of the files. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export const uploadLimitBytes = (limitMb: number) => limitMb * MB;

export function uploadTooLarge(limitMb: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The upload is too large: files may total at most ${limitMb} MB per upload.`);
}

/** The most body bytes an upload request may send, files plus multipart framing. */
export const uploadBodyLimitBytes = (limitMb: number) => uploadLimitBytes(limitMb) + MULTIPART_OVERHEAD_BYTES;

/** Refuses early when the request announces a body that cannot fit. */
export function assertContentLengthFits(contentLength: string | null, limitMb = serverEnv().MAX_UPLOAD_MB): void {
  if (contentLength === null || !/^\d+$/.test(contentLength.trim())) return;
  if (Number(contentLength) > uploadBodyLimitBytes(limitMb)) throw uploadTooLarge(limitMb);
}

/** The check that always runs: on the bytes actually received. */
export function assertUploadSizeFits(totalBytes: number, limitMb = serverEnv().MAX_UPLOAD_MB): void {
  if (totalBytes > uploadLimitBytes(limitMb)) throw uploadTooLarge(limitMb);
}
