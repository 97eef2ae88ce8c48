import { afterEach, describe, expect, it } from "vitest";
import { config, ConfigError, parseConfig, reloadConfig, requireSettings } from "./config";
import { renderConfigTable } from "./docs";
import { SETTINGS } from "./schema";

const problems = (env: Record<string, string>) => {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split("\n");
    throw error;
  }
  return [];
};

describe("the configuration schema", () => {
  afterEach(() => {
    delete process.env.MAX_UPLOAD_MB;
    reloadConfig();
  });

  it("gives every setting its documented default", () => {
    expect(parseConfig({})).toMatchObject({
      PORT: 3000,
      APP_URL: "http://localhost:3000",
      DATA_DIR: "./data",
      TRUST_PROXY: 0,
      RUN_WORKER: true,
      WORKER_CONCURRENCY: 4,
      WORKER_BATCH_SIZE: 4,
      LOG_LEVEL: "info",
      APPRISE_ALLOWED_SCHEMES: [],
      SECRET_BOX_PREVIOUS_SECRETS: [],
    });
    expect(parseConfig({}).DATABASE_URL).toBeUndefined();
    expect(parseConfig({}).AUTH_SECRET).toBeUndefined();
  });

  it("parses numbers, booleans, proxy hops, lists and URLs, and fills defaults that follow other settings", () => {
    const c = parseConfig({
      PORT: "8080",
      RUN_WORKER: "FALSE",
      TRUST_PROXY: "2",
      APPRISE_DENIED_SCHEMES: "Discord://, json",
      OUTBOUND_ALLOW_HOSTS: "nas.local, 192.168.1.0/24",
      SECRET_BOX_PREVIOUS_SECRETS: "a, ,b",
      WORKER_CONCURRENCY: "8",
      APPRISE_API_URL: " http://apprise:8000 ",
    });
    expect(c).toMatchObject({ PORT: 8080, APP_URL: "http://localhost:8080", RUN_WORKER: false, TRUST_PROXY: 2, WORKER_BATCH_SIZE: 8 });
    expect(c.APPRISE_DENIED_SCHEMES).toEqual(["discord", "json"]);
    expect([...c.OUTBOUND_ALLOW_HOSTS.hosts]).toEqual(["nas.local"]);
    expect(c.OUTBOUND_ALLOW_HOSTS.cidrs).toHaveLength(1);
    expect(c.SECRET_BOX_PREVIOUS_SECRETS).toEqual(["a", "b"]);
    expect(c.APPRISE_API_URL).toBe("http://apprise:8000");
    expect(parseConfig({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(1);
  });

  it("counts an empty value as unset", () => {
    const c = parseConfig({ PORT: "", SMTP_URL: "", AUTH_SECRET: "" });
    expect([c.PORT, c.SMTP_URL, c.AUTH_SECRET]).toEqual([3000, undefined, undefined]);
  });

  it("names every bad variable and what it must be, once each, without its value", () => {
    const secret = "postgresql-password-that-leaks";
    expect(
      problems({
        MAX_UPLOAD_MB: "2048",
        DATABASE_URL: `mysql://root:${secret}@db/x`,
        TRUST_PROXY: "maybe",
        RUN_WORKER: "yes",
        LOG_LEVEL: "loud",
        SMTP_URL: `http://u:${secret}@mail`,
      }),
    ).toEqual([
      "Invalid configuration: DATABASE_URL must be a postgresql:// URL",
      "Invalid configuration: MAX_UPLOAD_MB must be a whole number from 1 to 1024",
      "Invalid configuration: TRUST_PROXY must be false, true or a number of proxy hops",
      "Invalid configuration: RUN_WORKER must be true or false",
      "Invalid configuration: LOG_LEVEL must be debug, info, warn or error",
      "Invalid configuration: SMTP_URL must be an smtp:// or smtps:// URL",
    ]);
    expect(problems({ VAPID_PUBLIC_KEY: "abc" })).toEqual([
      "Invalid configuration: VAPID_PRIVATE_KEY must be set with the other VAPID key (set both, or neither)",
    ]);
  });

  it("is read once per process; reloadConfig reads the environment again", () => {
    process.env.MAX_UPLOAD_MB = "7";
    expect(reloadConfig().MAX_UPLOAD_MB).toBe(7);
    process.env.MAX_UPLOAD_MB = "8";
    expect(config().MAX_UPLOAD_MB).toBe(7);
    expect(reloadConfig().MAX_UPLOAD_MB).toBe(8);
  });

  it("lets a kind of process require what the schema leaves optional", () => {
    expect(() => requireSettings(parseConfig({}), ["DATABASE_URL"], { DATABASE_URL: "a postgresql:// URL" })).toThrow(
      "Invalid configuration: DATABASE_URL must be set (a postgresql:// URL)",
    );
    expect(requireSettings(parseConfig({ DATABASE_URL: "postgres://db/x" }), ["DATABASE_URL"]).DATABASE_URL).toBe("postgres://db/x");
  });

  it("documents every app setting in the generated table, one line per row", () => {
    const table = renderConfigTable();
    for (const [name, s] of Object.entries(SETTINGS)) {
      if ((s.section ?? "app") === "app") expect(table).toContain(`\`${name}\``);
      else expect(table).not.toContain(`\`${name}\` |`);
    }
    expect(table).toContain("| `PORT` | `3000` | HTTP port |");
    expect(table).toContain("| `VAPID_PUBLIC_KEY`, `VAPID_PRIVATE_KEY`, `VAPID_SUBJECT` | *(generated)* |");
  });
});
