import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fileStorage } from "./file-storage";
import { LocalDiskStorage } from "./local-disk-storage";
import { isStorageKey, newStorageKey } from "./storage-key";

const HOUSEHOLD = "0197a0c4-1f2e-7a3b-8c4d-5e6f7a8b9c0d";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

async function readKey(storage: LocalDiskStorage, key: string): Promise<Buffer> {
  const file = await storage.get(key);
  if (!file) throw new Error(`nothing stored under ${key}`);
  return readAll(file.stream);
}

function streamOf(chunks: Uint8Array[], failAfter?: number): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAfter !== undefined && i === failAfter) return controller.error(new Error("client went away"));
      const chunk = chunks[i++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

describe("LocalDiskStorage", () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "storage-test-"));
    storage = new LocalDiskStorage(root);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("stores a buffer under <root>/<householdId>/<uuid> and reads it back with its size", async () => {
    const key = newStorageKey(HOUSEHOLD);
    const body = Buffer.from("hello, attachments");
    await storage.put(key, body, "text/plain");

    expect(await readFile(join(root, key))).toEqual(body);
    expect((await storage.get(key))?.size).toBe(body.length);
    expect(await readKey(storage, key)).toEqual(body);
    expect(await readdir(join(root, ".tmp"))).toEqual([]);
  });

  it("stores a web stream larger than one read chunk, byte for byte", async () => {
    const key = newStorageKey(HOUSEHOLD);
    const chunks = [0, 1, 2].map((n) => new Uint8Array(50_000).fill(n + 7));
    await storage.put(key, streamOf(chunks), "application/octet-stream");

    expect((await storage.get(key))?.size).toBe(150_000);
    // Buffer.equals: a deep toEqual over 150,000 elements takes most of a second.
    expect((await readKey(storage, key)).equals(Buffer.concat(chunks))).toBe(true);
  });

  it("leaves neither the target nor a temp file behind when the body fails midway", async () => {
    const key = newStorageKey(HOUSEHOLD);
    await expect(storage.put(key, streamOf([new Uint8Array(10)], 1), "image/png")).rejects.toThrow("client went away");
    expect(await storage.get(key)).toBeNull();
    expect(await readdir(join(root, ".tmp"))).toEqual([]);
  });

  it("replaces an existing file atomically", async () => {
    const key = newStorageKey(HOUSEHOLD);
    await storage.put(key, Buffer.from("first version"), "text/plain");
    await storage.put(key, Buffer.from("second"), "text/plain");
    expect(await readKey(storage, key)).toEqual(Buffer.from("second"));
  });

  it("answers null for a missing key and deletes idempotently", async () => {
    const key = newStorageKey(HOUSEHOLD);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);

    await storage.put(key, Buffer.from("x"), "text/plain");
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(stat(join(root, key))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("deletes many keys, missing ones included", async () => {
    const [a, b, missing] = [newStorageKey(HOUSEHOLD), newStorageKey(HOUSEHOLD), newStorageKey(HOUSEHOLD)];
    await storage.put(a, Buffer.from("a"), "text/plain");
    await storage.put(b, Buffer.from("b"), "text/plain");
    await storage.deleteMany([a, b, missing]);
    expect(await readdir(join(root, HOUSEHOLD))).toEqual([]);
  });

  it("deletes what it can and reports the keys it could not", async () => {
    const good = newStorageKey(HOUSEHOLD);
    await storage.put(good, Buffer.from("a"), "text/plain");
    const failure = storage.deleteMany([good, "../../etc/passwd"]);
    await expect(failure).rejects.toBeInstanceOf(AggregateError);
    await expect(failure).rejects.toThrow("Could not delete 1 of 2 stored files: ../../etc/passwd");
    expect(await storage.get(good)).toBeNull();
  });

  it.each([
    "../escape",
    `${HOUSEHOLD}/../../escape`,
    `${HOUSEHOLD}/..`,
    `/etc/passwd`,
    `${HOUSEHOLD}`,
    `${HOUSEHOLD}/${HOUSEHOLD}/extra`,
    `${HOUSEHOLD.toUpperCase()}/${HOUSEHOLD}`,
    `${HOUSEHOLD}\\${HOUSEHOLD}`,
    `.tmp/${HOUSEHOLD}`,
  ])("refuses the key %j for every operation", async (key) => {
    expect(isStorageKey(key)).toBe(false);
    await expect(storage.put(key, Buffer.from("x"), "text/plain")).rejects.toThrow("Not a storage key");
    await expect(storage.get(key)).rejects.toThrow("Not a storage key");
    await expect(storage.delete(key)).rejects.toThrow("Not a storage key");
  });

  it("makes unique keys only from a household UUID", () => {
    const a = newStorageKey(HOUSEHOLD);
    expect(a.startsWith(`${HOUSEHOLD}/`)).toBe(true);
    expect(isStorageKey(a)).toBe(true);
    expect(newStorageKey(HOUSEHOLD)).not.toBe(a);
    expect(() => newStorageKey("../x")).toThrow("household id");
  });

  it("needs an absolute root", () => {
    expect(() => new LocalDiskStorage("relative/uploads")).toThrow("absolute");
  });
});

describe("fileStorage()", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is the local disk under <DATA_DIR>/uploads, resolved to an absolute path", () => {
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/unused");
    vi.stubEnv("AUTH_SECRET", "unit-tests-secret-0123456789abcdefgh");
    vi.stubEnv("DATA_DIR", "./relative-data");
    const storage = fileStorage();
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect((storage as LocalDiskStorage).root).toBe(resolve("./relative-data", "uploads"));
    expect(fileStorage()).toBe(storage);
  });
});
