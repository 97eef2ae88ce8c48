/**
 * `npm start`: everything a household needs from one command. Validates settings,
 * generates missing secrets into the data directory, starts an embedded PostgreSQL
 * when no DATABASE_URL is given, applies migrations, builds if the build is stale,
 * and serves on PORT with the job worker beside it. Ctrl-C / SIGTERM at any moment
 * stops the children (web server, worker, build) first and the database last.
 * `npm run dev` does the same with Next's dev server instead of a production build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { applyMigrations } from "../lib/server/db/apply-migrations";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/server/db/embedded-postgres";
import { loadOrCreateSecrets } from "./lib/data-dir-secrets";
import { needsBuild } from "./lib/needs-build";
import { exited, nodeBin, TYPESCRIPT_NODE_FLAGS } from "./lib/run";
import { readStartupConfig, StartupError } from "./lib/startup-config";

const projectDir = path.resolve(new URL("..", import.meta.url).pathname);
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[dumbassets] ${line}`);

/** What is running, so a signal at any moment can stop it in the right order. */
const running = { children: new Set<ChildProcess>(), database: undefined as EmbeddedDatabase | undefined, stopping: false };

function track(child: ChildProcess): ChildProcess {
  running.children.add(child);
  child.once("exit", () => running.children.delete(child));
  return child;
}

async function stopEverything(exitCode: number): Promise<never> {
  running.stopping = true;
  const children = [...running.children];
  for (const child of children) child.kill("SIGTERM");
  // The worker drains running jobs for up to 10 s and needs the database to hand
  // unfinished ones back, so the database stops only after every child has exited.
  const killTimer = setTimeout(() => children.forEach((c) => c.kill("SIGKILL")), 15_000);
  await Promise.all(children.map(exited));
  clearTimeout(killTimer);
  if (running.database) {
    // PostgreSQL may already have had the terminal's Ctrl-C (a fast, clean shutdown).
    await Promise.race([running.database.stop(), new Promise((r) => setTimeout(r, 10_000))]);
  }
  process.exit(exitCode);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (running.stopping) return;
    log(`${signal} received: stopping`);
    void stopEverything(0);
  });
}

async function main() {
  // Every variable is checked here, before anything starts (lib/server/config/schema.ts).
  const config = readStartupConfig(process.env);
  const secrets = await loadOrCreateSecrets(config.DATA_DIR);

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    log(`starting embedded PostgreSQL (data in ${path.join(config.DATA_DIR, "postgres")})`);
    running.database = await startEmbeddedPostgres({
      databaseDir: path.join(config.DATA_DIR, "postgres"),
      port: config.EMBEDDED_DB_PORT,
      password: secrets.embeddedDbPassword,
      log,
    });
    await running.database.ensureDatabase("dumbassets");
    databaseUrl = running.database.url("dumbassets");
  }
  if (running.stopping) return;

  const { applied } = await applyMigrations(databaseUrl, { migrationsDir: path.join(projectDir, "prisma", "migrations"), log });
  if (applied.length === 0) log("database schema is up to date");

  const authSecret = config.AUTH_SECRET ?? secrets.authSecret;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: config.DATA_DIR,
    APP_URL: config.APP_URL,
    AUTH_SECRET: authSecret,
    NEXTAUTH_URL: config.APP_URL,
    NEXTAUTH_SECRET: authSecret,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: dev ? "development" : "production",
  };

  if (!dev && needsBuild(projectDir)) {
    log("building the app (first start or changed sources; this takes a minute or two)");
    const build = track(spawn(nodeBin("next"), ["build"], { cwd: projectDir, env, stdio: "inherit" }));
    const code = await exited(build);
    if (running.stopping) return;
    if (code !== 0) throw new Error(`the build failed (exit ${code})`);
  }

  // The job worker runs beside the web server unless RUN_WORKER=false (then run
  // `npm run worker` elsewhere, as many as you like). `node --import tsx` keeps it one
  // process, so a signal reaches the worker itself rather than a wrapper.
  const startWorker = () => {
    const worker = track(
      spawn(process.execPath, [...TYPESCRIPT_NODE_FLAGS, path.join(projectDir, "workers", "main.ts")], {
        cwd: projectDir,
        env,
        stdio: "inherit",
      }),
    );
    worker.once("exit", (code) => {
      if (running.stopping) return;
      log(`worker exited (${code}); restarting in 1 s`);
      setTimeout(() => running.stopping || startWorker(), 1_000);
    });
  };
  if (config.RUN_WORKER) startWorker();

  // scripts/serve.ts wraps Next's request handler to hand the socket address to the app.
  const serveArgs = [
    ...TYPESCRIPT_NODE_FLAGS,
    path.join(projectDir, "scripts", "serve.ts"),
    "--port",
    String(config.PORT),
    "--hostname",
    config.HOSTNAME,
  ];
  const server = track(spawn(process.execPath, dev ? [...serveArgs, "--dev"] : serveArgs, { cwd: projectDir, env, stdio: "inherit" }));
  log(`serving on ${config.APP_URL}`);
  const code = await exited(server);
  if (!running.stopping) {
    log(`the web server exited (${code})`);
    await stopEverything(code || 1);
  }
}

main().catch(async (error: unknown) => {
  if (error instanceof StartupError) for (const line of error.message.split("\n")) console.error(`[dumbassets] ${line}`);
  else console.error("[dumbassets] start failed:", error instanceof Error ? error.message : error);
  if (!running.stopping) await stopEverything(1);
});
