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
    expect(() => readStartupConfig({ PORT: "eighty" })).toThrow(/^Invalid configuration: PORT must be a whole number from 1 to 65535$/);
    expect(() => readStartupConfig({ DATABASE_URL: "mysql://x" })).toThrow(
      "Invalid configuration: DATABASE_URL must be a postgresql:// URL",
    );
    expect(() => readStartupConfig({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });

  it("names every malformed setting at once, without repeating its value", () => {
    const secret = "too-short-secret";
    let message = "";
    try {
      readStartupConfig({ PORT: "0", RUN_WORKER: "yes", AUTH_SECRET: secret, WORKER_LEASE_MS: "ten" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split("\n")).toEqual([
      "Invalid configuration: PORT must be a whole number from 1 to 65535",
      "Invalid configuration: AUTH_SECRET must be at least 32 characters",
      "Invalid configuration: RUN_WORKER must be true or false",
      "Invalid configuration: WORKER_LEASE_MS must be a whole number of at least 100",
    ]);
    expect(message).not.toContain(secret);
  });

  it("leaves DATABASE_URL and AUTH_SECRET to the embedded database and the generated secret", () => {
    const config = readStartupConfig({ DATABASE_URL: "", RUN_WORKER: "false" });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.AUTH_SECRET).toBeUndefined();
    expect(config.RUN_WORKER).toBe(false);
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
