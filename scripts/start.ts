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

    // The job worker runs beside the web server unless RUN_WORKER=false (then run
    // `npm run worker` elsewhere, as many as you like). `node --import tsx` keeps it one
    // process, so a signal reaches the worker itself rather than a wrapper.
    const runWorker = process.env.RUN_WORKER !== "false";
    const startWorker = () =>
      spawn(process.execPath, ["--import", "tsx", path.join(projectDir, "workers", "main.ts")], {
        cwd: projectDir,
        env: { ...env, NODE_ENV: dev ? "development" : "production" },
        stdio: "inherit",
      });
    let worker = runWorker ? startWorker() : undefined;
    const restartWorkerOnExit = (code: number | null) => {
      if (stopping) return;
      log(`worker exited (${code}); restarting in 1 s`);
      setTimeout(() => {
        if (stopping) return;
        worker = startWorker();
        worker.on("exit", restartWorkerOnExit);
      }, 1_000);
    };
    worker?.on("exit", restartWorkerOnExit);

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
      worker?.kill("SIGTERM");
      // The worker drains running jobs for up to 10 s and needs the database to hand
      // unfinished ones back, so the database stops only after both have exited.
      const killTimer = setTimeout(() => {
        server.kill("SIGKILL");
        worker?.kill("SIGKILL");
      }, 15_000);
      await Promise.all([exited(server), worker ? exited(worker) : Promise.resolve(0)]);
      clearTimeout(killTimer);
      await stopDatabase();
      process.exit(0);
    };
    process.on("SIGINT", (s) => void shutdown(s));
    process.on("SIGTERM", (s) => void shutdown(s));

    const code = await exited(server);
    if (!stopping) {
      stopping = true;
      worker?.kill("SIGTERM");
      if (worker) await exited(worker);
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
