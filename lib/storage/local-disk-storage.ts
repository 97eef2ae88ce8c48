/**
 * Files on the local disk under one root directory (`<DATA_DIR>/uploads`).
 * Writes go to `<root>/.tmp/` first and are renamed into place, so a crash or a failed
 * upload never leaves a half-written file under a real key; leftovers in `.tmp` are
 * safe to delete.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, open, rename, rm, type FileHandle } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { FileStorage, StoredFile } from "./file-storage";
import { assertStorageKey } from "./storage-key";

const READ_CHUNK_BYTES = 64 * 1024;

function isMissingFile(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT";
}

async function writeAll(handle: FileHandle, body: Buffer | ReadableStream<Uint8Array>): Promise<void> {
  if (Buffer.isBuffer(body)) {
    await handle.writeFile(body);
    return;
  }
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      await handle.write(value);
    }
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    throw error;
  } finally {
    reader.releaseLock();
  }
}

/** A web stream over an open file; it closes the file when read to the end, on error, or on cancel. */
function streamFile(handle: FileHandle): ReadableStream<Uint8Array> {
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) {
          await close();
          controller.close();
        } else {
          controller.enqueue(buffer.subarray(0, bytesRead));
        }
      } catch (error) {
        await close().catch(() => undefined);
        throw error;
      }
    },
    cancel: close,
  });
}

export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    if (!isAbsolute(root)) throw new Error("LocalDiskStorage needs an absolute root directory.");
    this.root = resolve(root);
  }

  /** The file's path; keys are validated and the result must stay inside the root. */
  private pathOf(key: string): string {
    assertStorageKey(key);
    const path = resolve(this.root, key);
    const rel = relative(this.root, path);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel) || rel.split(sep).includes("..")) {
      throw new Error("Storage key escapes the storage root.");
    }
    return path;
  }

  async put(key: string, body: Buffer | ReadableStream<Uint8Array>, _contentType: string): Promise<void> {
    const target = this.pathOf(key);
    const tmpDir = join(this.root, ".tmp");
    await mkdir(tmpDir, { recursive: true, mode: 0o700 });
    const tmp = join(tmpDir, randomUUID());
    const handle = await open(tmp, "wx", 0o600);
    try {
      await writeAll(handle, body);
      // Flushed before the rename, so the name never points at data still in the page cache only.
      await handle.sync();
      await handle.close();
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await rename(tmp, target);
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(tmp, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<StoredFile | null> {
    const path = this.pathOf(key);
    let handle: FileHandle;
    try {
      handle = await open(path, "r");
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
    try {
      // Size from the open handle, so a concurrent delete cannot make it disagree with the stream.
      const { size } = await handle.stat();
      return { size, stream: streamFile(handle) };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    const results = await Promise.allSettled(keys.map((key) => this.delete(key)));
    const failures = results.flatMap((result, i) =>
      result.status === "rejected" ? [{ key: keys[i], reason: result.reason as unknown }] : [],
    );
    if (failures.length > 0) {
      throw new AggregateError(
        failures.map((f) => f.reason),
        `Could not delete ${failures.length} of ${keys.length} stored files: ${failures.map((f) => f.key).join(", ")}`,
      );
    }
  }
}
