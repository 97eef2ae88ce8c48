/**
 * Where integration and end-to-end tests get their PostgreSQL: the server named by
 * TEST_ADMIN_DATABASE_URL or DATABASE_URL when given (CI points it at the machine's
 * server), otherwise an embedded PostgreSQL in a temporary directory.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/server/db/apply-migrations";
import { startEmbeddedPostgres } from "@/lib/server/db/embedded-postgres";

export interface TestDatabaseServer {
  /** A URL to the server's maintenance database, used to create and drop databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

export async function startTestDatabaseServer(): Promise<TestDatabaseServer> {
  const given = process.env.TEST_ADMIN_DATABASE_URL || process.env.DATABASE_URL;
  if (given) return { adminUrl: given, stop: async () => undefined };

  const dir = await mkdtemp(path.join(os.tmpdir(), "dumbassets-test-pg-"));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = await startEmbeddedPostgres({ databaseDir: path.join(dir, "pg"), port, password: "test" });
  return {
    adminUrl: server.url("postgres"),
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates a database with every migration applied, to clone test databases from. */
export async function createMigratedTemplate(adminUrl: string, name: string): Promise<string> {
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)}`);
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  });
  await applyMigrations(databaseUrl(adminUrl, name));
  return name;
}

export async function cloneDatabase(adminUrl: string, template: string, name: string): Promise<string> {
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)}`);
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`);
  });
  return databaseUrl(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));
}
