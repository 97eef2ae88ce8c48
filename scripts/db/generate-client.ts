/**
 * Runs `prisma generate`. Prisma's CLI insists on locating its native schema engine,
 * which it downloads from a host these machines cannot reach; generation itself does
 * not run it, so any existing file satisfies the check (docs/architecture.md, "Toolchain").
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const placeholderEngine = fileURLToPath(import.meta.url);
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholderEngine,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
