/**
 * Reads an upload request (multipart/form-data: `file` one or more times, optional
 * `kind`) into `TUploadAttachments`. The multipart sibling of lib/server/api/read-json.ts:
 * the route handler calls it, the use case never sees the Request.
 *
 * The body is counted as it streams in and cut off past the limit, so a client that
 * sends no Content-Length (or a false one) still cannot make us buffer more than
 * MAX_UPLOAD_MB plus framing.
 */
import "server-only";
import { serverEnv } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors/app-error";
import { zodToAppError } from "@/lib/server/errors/to-app-error";
import { ZUploadAttachments, type TUploadedFile } from "./schemas";
import { assertContentLengthFits, uploadBodyLimitBytes, uploadTooLarge } from "./upload-limit";

function capped(body: ReadableStream<Uint8Array>, maxBytes: number, onExceeded: () => void): ReadableStream<Uint8Array> {
  let received = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBytes) {
          onExceeded();
          controller.error(new Error("upload body over the limit"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
}

export async function readUploadForm(request: Request) {
  const limitMb = serverEnv().MAX_UPLOAD_MB;
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", 'Send the files as multipart/form-data, in fields named "file".');
  }
  assertContentLengthFits(request.headers.get("content-length"), limitMb);

  let exceeded = false;
  const onExceeded = () => {
    exceeded = true;
  };
  let form: FormData;
  try {
    const body = request.body ? capped(request.body, uploadBodyLimitBytes(limitMb), onExceeded) : null;
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    if (exceeded) throw uploadTooLarge(limitMb);
    throw new AppError("BAD_REQUEST", "The body is not valid multipart/form-data.");
  }

  const files: TUploadedFile[] = [];
  for (const value of form.getAll("file")) {
    if (typeof value === "string") {
      throw new AppError("VALIDATION", "The request has invalid fields.", {
        fieldErrors: [{ path: "file", message: "Send a file, not text" }],
      });
    }
    files.push({ name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  const kind = form.get("kind");
  const parsed = ZUploadAttachments.safeParse({ kind: typeof kind === "string" && kind !== "" ? kind : undefined, files });
  if (!parsed.success) throw zodToAppError(parsed.error);
  return parsed.data;
}
