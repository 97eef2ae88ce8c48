/**
 * `npm run bench`: runs every benchmark under bench/ (or the ones named on the
 * command line) one after another and prints their figures. Benchmarks report;
 * they never fail the build.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { run, TYPESCRIPT_NODE_FLAGS } from "../scripts/lib/run";

const benchDir = path.dirname(new URL(import.meta.url).pathname);
const requested = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts")
  .filter((f) => requested.length === 0 || requested.some((r) => f.includes(r)))
  .sort();

for (const file of files) {
  console.log(`\n═══ ${file} ═══`);
  try {
    await run(process.execPath, [...TYPESCRIPT_NODE_FLAGS, path.join(benchDir, file)]);
  } catch (error) {
    console.error(`${file} did not finish: ${error instanceof Error ? error.message : String(error)}`);
  }
}
