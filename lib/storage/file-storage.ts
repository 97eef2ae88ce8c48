/**
 * Where uploaded files live. Use cases talk to `fileStorage()` only, never to the disk,
 * so the store can change without touching them.
 *
 * Swapping in an S3-compatible store (S3, MinIO, R2, Garage): write an `S3Storage`
 * implementing this interface with @aws-sdk/client-s3 — put → PutObject (Body,
 * ContentType; streams need ContentLength or @aws-sdk/lib-storage's Upload), get →
 * GetObject (`Body.transformToWebStream()`, `ContentLength`; NoSuchKey → null),
 * delete → DeleteObject, deleteMany → DeleteObjects in batches of 1,000 — add
 * STORAGE_DRIVER / S3_* settings to ZServerEnv, and pick the implementation in
 * `fileStorage()` below. Keys are already `<householdId>/<uuid>`, valid object names.
 */
import "server-only";
import { resolve } from "node:path";
import { serverEnv } from "@/lib/server/env";
import { LocalDiskStorage } from "./local-disk-storage";

export interface StoredFile {
  stream: ReadableStream<Uint8Array>;
  size: number;
}

export interface FileStorage {
  /** Stores the body under `key`, replacing any file there. Readers never see a partial file. */
  put(key: string, body: Buffer | ReadableStream<Uint8Array>, contentType: string): Promise<void>;
  /** The file under `key`, or null when there is none. The caller must consume or cancel the stream. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file under `key`; a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Removes every key it can, then rejects with an AggregateError naming the ones it could not. */
  deleteMany(keys: readonly string[]): Promise<void>;
}

let instance: FileStorage | undefined;

/** The process's file store: `<DATA_DIR>/uploads` on the local disk. */
export function fileStorage(): FileStorage {
  instance ??= new LocalDiskStorage(resolve(serverEnv().DATA_DIR, "uploads"));
  return instance;
}
