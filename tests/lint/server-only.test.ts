import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientReachableLibFiles, serverOnlyProblems } from "./server-only";

const root = path.resolve(__dirname, "../..");

describe('import "server-only"', () => {
  it("marks every lib/ module that client code does not load, and none that it does", () => {
    const client = clientReachableLibFiles(root);
    expect(client).toContain("lib/core/permissions.ts");
    expect(client).not.toContain("lib/server/db/client.ts");
    expect(serverOnlyProblems(root)).toEqual([]);
  }, 60_000);

  it("lets Node processes outside Next load marked modules through the hook, and only through it", () => {
    const probe = ['import "server-only";', 'console.log("loaded");'].join("\n");
    const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
    const hook = path.join(root, "scripts/lib/server-only.mjs");
    expect(
      execFileSync(process.execPath, [tsx, "--import", hook, "--input-type=module", "-e", probe], { cwd: root, encoding: "utf8" }),
    ).toBe("loaded\n");
    expect(() => execFileSync(process.execPath, ["--input-type=module", "-e", probe], { cwd: root, stdio: "pipe" })).toThrow(
      /Client Component/,
    );
  }, 30_000);
});
