/**
 * `npm start`: everything a household needs from one command. Validates settings,
 * generates missing secrets into the data directory, starts an embedded PostgreSQL
 * when no DATABASE_URL is given, applies migrations, builds if the build is stale,
 * and serves on PORT. Ctrl-C / SIGTERM stops the web server, then the database.
 * `npm run dev` does the same with Next's dev server instead of a production build.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { applyMigrations } from "../lib/server/db/apply-migrations";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/server/db/embedded-postgres";
import { loadOrCreateSecrets } from "./lib/data-dir-secrets";
import { needsBuild } from "./lib/needs-build";
import { exited, nodeBin, run } from "./lib/run";
import { readStartupConfig, StartupError } from "./lib/startup-config";

const projectDir = path.resolve(new URL("..", import.meta.url).pathname);
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[dumbassets] ${line}`);

async function main() {
  const config = readStartupConfig(process.env);
  const secrets = await loadOrCreateSecrets(config.DATA_DIR);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    log(`starting embedded PostgreSQL (data in ${path.join(config.DATA_DIR, "postgres")})`);
    embedded = await startEmbeddedPostgres({
      databaseDir: path.join(config.DATA_DIR, "postgres"),
      port: config.EMBEDDED_DB_PORT,
      password: secrets.embeddedDbPassword,
      log,
    });
    await embedded.ensureDatabase("dumbassets");
    databaseUrl = embedded.url("dumbassets");
  }

  let stopping = false;
  const stopDatabase = async () => {
    if (!embedded) return;
    // PostgreSQL may already have received the terminal's Ctrl-C; never wait forever.
    await Promise.race([embedded.stop(), new Promise((r) => setTimeout(r, 10_000))]);
    embedded = undefined;
  };

  try {
    const { applied } = await applyMigrations(databaseUrl, { migrationsDir: path.join(projectDir, "prisma", "migrations"), log });
    if (applied.length === 0) log("database schema is up to date");

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: config.DATA_DIR,
      APP_URL: config.APP_URL,
      AUTH_SECRET: config.AUTH_SECRET ?? secrets.authSecret,
      NEXTAUTH_URL: config.APP_URL,
      NEXTAUTH_SECRET: config.AUTH_SECRET ?? secrets.authSecret,
      NEXT_TELEMETRY_DISABLED: "1",
    };

    if (!dev && needsBuild(projectDir)) {
      log("building the app (first start or changed sources; this takes a minute or two)");
      await run(nodeBin("next"), ["build"], { cwd: projectDir, env: { ...env, NODE_ENV: "production" } });
    }

    const server = spawn(
      nodeBin("next"),
      [dev ? "dev" : "start", "--port", String(config.PORT), "--hostname", config.HOSTNAME],
      { cwd: projectDir, env: { ...env, NODE_ENV: dev ? "development" : "production" }, stdio: "inherit" },
    );
    log(`serving on ${config.APP_URL}`);

    const shutdown = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      log(`${signal} received: stopping`);
      server.kill("SIGTERM");
      const killTimer = setTimeout(() => server.kill("SIGKILL"), 10_000);
      await exited(server);
      clearTimeout(killTimer);
      await stopDatabase();
      process.exit(0);
    };
    process.on("SIGINT", (s) => void shutdown(s));
    process.on("SIGTERM", (s) => void shutdown(s));

    const code = await exited(server);
    if (!stopping) {
      await stopDatabase();
      process.exit(code);
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) console.error(`[dumbassets] ${error.message}`);
  else console.error("[dumbassets] start failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
