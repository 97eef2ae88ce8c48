import { mkdtemp, readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadOrCreateSecrets } from "./data-dir-secrets";
import { readStartupConfig } from "./startup-config";

describe("startup configuration", () => {
  it("applies documented defaults", () => {
    const config = readStartupConfig({});
    expect(config).toMatchObject({ PORT: 3000, EMBEDDED_DB_PORT: 54_329, APP_URL: "http://localhost:3000", MAX_UPLOAD_MB: 25 });
    expect(config.DATA_DIR).toBe(path.resolve("./data"));
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("stops with one line naming a malformed setting", () => {
    expect(() => readStartupConfig({ PORT: "eighty" })).toThrow(/^Invalid setting PORT: /);
    expect(() => readStartupConfig({ DATABASE_URL: "mysql://x" })).toThrow("Invalid setting DATABASE_URL: must start with postgresql://");
    expect(() => readStartupConfig({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });
});

describe("generated secrets", () => {
  it("are created once, kept private, and reused on the next start", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "da-secrets-"));
    const first = await loadOrCreateSecrets(dir);
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    expect((await stat(path.join(dir, "secrets.json"))).mode & 0o777).toBe(0o600);
    const second = await loadOrCreateSecrets(dir);
    expect(second).toEqual(first);
    expect(JSON.parse(await readFile(path.join(dir, "secrets.json"), "utf8"))).toEqual(first);
  });
});
