/**
 * Every environment variable the code reads is declared: an app or system setting in
 * lib/server/config/schema.ts (SETTINGS) or a test/tooling variable (TOOLING_VARIABLES).
 * Server code reads settings through config(); browser code sees only NEXT_PUBLIC_*.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SETTINGS, TOOLING_VARIABLES } from "@/lib/server/config/schema";

const root = path.resolve(__dirname, "../..");
const ROOTS = ["lib", "app", "workers", "scripts", "components", "tests", "e2e", "bench"];
const ROOT_FILES = /^(proxy|instrumentation.*|next\.config|playwright\.config|vitest\.config|prisma\.config)\.(ts|mts)$/;
const SKIP = new Set(["node_modules", "generated", ".next"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(rel);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [rel] : [];
  });
}

const FILES = [...readdirSync(root).filter((name) => ROOT_FILES.test(name)), ...ROOTS.flatMap(sourceFiles)];

/** The names read as `process.env` dot NAME, `process.env` bracket "NAME", and destructured from `process.env`. */
function envNames(text: string): string[] {
  const names = [
    ...[...text.matchAll(/process\.env\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]),
    ...[...text.matchAll(/process\.env\[\s*["'`]([^"'`]+)["'`]\s*\]/g)].map((m) => m[1]),
    ...[...text.matchAll(/\{([^}]*)\}\s*=\s*process\.env\b/g)].flatMap((m) => (m[1] ?? "").split(",").map((s) => s.split(":")[0]?.trim())),
  ];
  return names.filter((name): name is string => Boolean(name));
}

const READS: [string, string][] = FILES.flatMap((file) =>
  envNames(readFileSync(path.join(root, file), "utf8")).map((name): [string, string] => [file, name]),
);
const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith("tests/") || file.includes("/fixtures/");
const isClient = (file: string) =>
  file.startsWith("components/") || file.startsWith("lib/client/") || file.startsWith("instrumentation-client");
const isServer = (file: string) =>
  !isTest(file) && !isClient(file) && (/^(lib|app|workers)\//.test(file) || /^(proxy|instrumentation)/.test(file));

/** Direct reads server code may keep: Next replaces process.env.NODE_ENV with the build's mode at build time. */
const DIRECT_SERVER_READS = new Set(["proxy.ts NODE_ENV"]);

describe("environment variables in the source", () => {
  it("finds the reads it should (the scan works)", () => {
    const env = ["process", "env"].join(".");
    expect(envNames(`${env}.APP_URL; ${env}["MAX_UPLOAD_MB"]; const { PORT, HOSTNAME: host } = ${env};`)).toEqual([
      "APP_URL",
      "MAX_UPLOAD_MB",
      "PORT",
      "HOSTNAME",
    ]);
    expect(FILES).toContain("proxy.ts");
    expect(FILES).toContain("workers/main.ts");
    expect(READS).toContainEqual(["proxy.ts", "NODE_ENV"]);
  });

  it("are all declared in the configuration schema or the tooling list", () => {
    const undeclared = READS.filter(([, name]) => !(name in SETTINGS) && !(name in TOOLING_VARIABLES));
    expect(
      undeclared.map(([file, name]) => `${file}: ${name}`),
      "declare each in lib/server/config/schema.ts (SETTINGS, then `npm run docs:config`) or TOOLING_VARIABLES",
    ).toEqual([]);
  });

  it("are read by server code through config(), not process.env", () => {
    const direct = READS.filter(([file, name]) => isServer(file) && !DIRECT_SERVER_READS.has(`${file} ${name}`));
    expect(
      direct.map(([file, name]) => `${file}: ${name}`),
      "read config().NAME (lib/server/config/config.ts)",
    ).toEqual([]);
  });

  it("reach browser code only as NEXT_PUBLIC_*", () => {
    const leaked = READS.filter(([file, name]) => isClient(file) && !name.startsWith("NEXT_PUBLIC_"));
    expect(leaked.map(([file, name]) => `${file}: ${name}`)).toEqual([]);
  });

  it("leave tooling variables out of the app's settings", () => {
    expect(Object.keys(TOOLING_VARIABLES).filter((name) => name in SETTINGS)).toEqual([]);
  });
});
