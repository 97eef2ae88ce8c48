import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const TYPE_AWARE_RULES = ["@typescript-eslint/no-floating-promises", "@typescript-eslint/no-misused-promises"];
// Probe files that do not exist have no TypeScript program: lint them without the type-aware rules.
const untyped = new ESLint({
  cwd: root,
  overrideConfig: [
    {
      languageOptions: { parserOptions: { projectService: false } },
      rules: Object.fromEntries(TYPE_AWARE_RULES.map((rule) => [rule, "off"])),
    },
  ],
});
const typed = new ESLint({ cwd: root });

/** The messages ESLint gives for `source` as if it were the file at `file`. */
async function lint(file: string, source: string, eslint = untyped): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe("the import boundaries in lint", () => {
  it("refuse a server module in client code, but allow its types and lib/core", async () => {
    expect(await lint("components/x/probe.tsx", 'import { db } from "@/lib/server/db/client";\nexport const probe = db;\n')).toEqual([
      expect.stringContaining("Client code may not import server modules"),
    ]);
    expect(
      await lint(
        "components/x/probe.tsx",
        'import type { AuthContext } from "@/lib/server/auth/auth-context";\nexport type Probe = AuthContext;\n',
      ),
    ).toEqual([]);
    expect(await lint("components/x/probe.tsx", 'import { can } from "@/lib/core/permissions";\nexport const probe = can;\n')).toEqual([]);
  }, 60_000);

  it("refuse workers/ in lib/ and an untyped job insert in the app", async () => {
    expect(
      await lint("lib/assets/probe.ts", 'import { jobHandlers } from "@/workers/handlers";\nexport const probe = jobHandlers;\n'),
    ).toEqual([expect.stringContaining("never import workers/")]);
    expect(
      await lint("lib/assets/probe.ts", 'import { insertJob } from "@/lib/server/jobs/enqueue-job";\nexport const probe = insertJob;\n'),
    ).toEqual([expect.stringContaining("Enqueue a job definition")]);
  }, 60_000);

  it("refuse a floating promise (type-aware rules, on a real file's program)", async () => {
    const source = "export async function work(): Promise<void> {}\nexport function caller(): void {\n  work();\n}\n";
    expect(await lint("lib/server/jobs/backoff.ts", source, typed)).toEqual([
      expect.stringContaining("@typescript-eslint/no-floating-promises"),
    ]);
  }, 120_000);
});
