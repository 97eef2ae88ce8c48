/**
 * The migration runner against real PostgreSQL: each test creates its own empty
 * database on the integration server (TEST_ADMIN_DATABASE_URL) and drops it afterwards.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, readMigrationFiles } from "./apply-migrations";

interface HistoryRow {
  id: string;
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error("TEST_ADMIN_DATABASE_URL is not set: run this through the integration project");
  return url;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const created: string[] = [];

/** A new empty database; returns its URL. */
async function freshDatabase(): Promise<string> {
  const name = `da_apply_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  created.push(name);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const history = (databaseUrl: string) =>
  query<HistoryRow>(databaseUrl, `SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);

afterAll(async () => {
  for (const name of created) await admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
});

describe("applyMigrations with prisma/migrations", () => {
  it("applies every migration once and records it as prisma migrate deploy does", async () => {
    const databaseUrl = await freshDatabase();
    const migrations = await readMigrationFiles();
    expect(migrations.length).toBeGreaterThan(0);

    const first = await applyMigrations(databaseUrl);
    expect(first.applied).toEqual(migrations.map((m) => m.name));

    const rows = await history(databaseUrl);
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const row of rows) {
      const sql = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }

    const second = await applyMigrations(databaseUrl);
    expect(second.applied).toEqual([]);
    expect(await history(databaseUrl)).toEqual(rows);
  });

  it("lets two processes start at once: both succeed, each migration is recorded once", async () => {
    const databaseUrl = await freshDatabase();
    const names = (await readMigrationFiles()).map((m) => m.name);

    const [a, b] = await Promise.all([applyMigrations(databaseUrl), applyMigrations(databaseUrl)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(names);

    const rows = await history(databaseUrl);
    expect(rows.map((r) => r.migration_name).sort()).toEqual(names);
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
  });
});

describe("applyMigrations with a migrations directory of its own", () => {
  async function migrationsDir(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), "apply-migrations-"));
    for (const [name, sql] of Object.entries(files)) {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, "migration.sql"), sql);
    }
    return dir;
  }

  it("applies new migrations in name order on later runs", async () => {
    const databaseUrl = await freshDatabase();
    const dir = await migrationsDir({ "20250101000000_b": `CREATE TABLE "B" (id int);` });
    try {
      expect((await applyMigrations(databaseUrl, { migrationsDir: dir })).applied).toEqual(["20250101000000_b"]);
      await mkdir(path.join(dir, "20250102000000_c"));
      await writeFile(path.join(dir, "20250102000000_c", "migration.sql"), `ALTER TABLE "B" ADD COLUMN c int;`);
      expect((await applyMigrations(databaseUrl, { migrationsDir: dir })).applied).toEqual(["20250102000000_c"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("rolls back a failing migration, records the failure and refuses to continue", async () => {
    const databaseUrl = await freshDatabase();
    const dir = await migrationsDir({
      "20250101000000_ok": `CREATE TABLE "Ok" (id int);`,
      "20250102000000_broken": `CREATE TABLE "Half" (id int);\nSELECT * FROM "Missing";`,
      "20250103000000_later": `CREATE TABLE "Later" (id int);`,
    });
    try {
      await expect(applyMigrations(databaseUrl, { migrationsDir: dir })).rejects.toThrow(/20250102000000_broken failed/);
      const rows = await history(databaseUrl);
      expect(rows.map((r) => [r.migration_name, r.finished_at === null])).toEqual([
        ["20250101000000_ok", false],
        ["20250102000000_broken", true],
      ]);
      expect(rows[1]!.logs).toContain("Missing");
      expect(rows[1]!.applied_steps_count).toBe(0);
      const tables = await query<{ table_name: string }>(
        databaseUrl,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(["Ok", "_prisma_migrations"]);

      await expect(applyMigrations(databaseUrl, { migrationsDir: dir })).rejects.toThrow(/failed earlier/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
