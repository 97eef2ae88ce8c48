/**
 * `npm test`: format check, lint, typecheck, unit and integration tests, then Playwright against a
 * production build. One PostgreSQL serves every stage: the server named by
 * DATABASE_URL when given, otherwise an embedded one. Each integration test file and
 * the end-to-end run get databases of their own on it.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { needsBuild } from "./lib/needs-build";
import { nodeBin, run } from "./lib/run";
import { createMigratedTemplate, databaseUrl, dropDatabase, startTestDatabaseServer } from "../tests/support/test-database-server";

const projectDir = path.resolve(new URL("..", import.meta.url).pathname);
const step = (name: string) => console.log(`\n▶ ${name}`);

async function main() {
  // `npx tsx scripts/test.ts e2e -- e2e/tasks/x.spec.ts`: stages before "--", Playwright arguments after it.
  const args = process.argv.slice(2);
  const separator = args.indexOf("--");
  const only = separator === -1 ? args : args.slice(0, separator);
  const playwrightArgs = separator === -1 ? [] : args.slice(separator + 1);
  const wants = (stage: string) => only.length === 0 || only.includes(stage);

  if (wants("lint")) {
    step("format (Prettier; `npm run format` fixes it)");
    await run(nodeBin("prettier"), ["--check", "--log-level=warn", "."], { cwd: projectDir });
    step("lint");
    await run(nodeBin("eslint"), ["--max-warnings=0", "."], { cwd: projectDir });
  }
  if (wants("typecheck")) {
    step("typecheck");
    await run(nodeBin("tsc"), ["--noEmit"], { cwd: projectDir });
  }

  step(process.env.DATABASE_URL ? "database: the server at DATABASE_URL" : "database: embedded PostgreSQL");
  const server = await startTestDatabaseServer();
  const e2eDatabase = `da_e2e_${randomBytes(4).toString("hex")}`;
  const e2eDataDir = await mkdtemp(path.join(os.tmpdir(), "dumbassets-e2e-"));
  try {
    const env = { ...process.env, TEST_ADMIN_DATABASE_URL: server.adminUrl };
    if (wants("unit") || wants("integration")) {
      step("unit and integration tests");
      const projects = ["unit", "integration"].filter(wants).flatMap((p) => ["--project", p]);
      await run(nodeBin("vitest"), ["run", ...projects], { cwd: projectDir, env });
    }
    if (wants("e2e")) {
      if (needsBuild(projectDir)) {
        step("production build");
        await run(nodeBin("next"), ["build"], { cwd: projectDir, env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
      }
      step("end-to-end tests (Playwright)");
      await createMigratedTemplate(server.adminUrl, e2eDatabase);
      await run(nodeBin("playwright"), ["test", ...playwrightArgs], {
        cwd: projectDir,
        env: { ...env, E2E_DATABASE_URL: databaseUrl(server.adminUrl, e2eDatabase), E2E_DATA_DIR: e2eDataDir },
      });
    }
  } finally {
    await dropDatabase(server.adminUrl, e2eDatabase).catch(() => undefined);
    await server.stop();
    await rm(e2eDataDir, { recursive: true, force: true });
  }
  console.log("\n✔ all checks passed");
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
