import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

const dir = await mkdtemp(path.join(os.tmpdir(), "da-embedded-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across a stop and a start in the same directory", async () => {
    const options = { databaseDir: path.join(dir, "pg"), port: 40_000 + Math.floor(Math.random() * 10_000), password: "pw" };
    const first = await startEmbeddedPostgres(options);
    await first.ensureDatabase("app");
    await first.ensureDatabase("app"); // idempotent
    await query(first.url("app"), "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    const second = await startEmbeddedPostgres(options);
    try {
      expect(await query<{ note: string }>(second.url("app"), "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
    } finally {
      await second.stop();
    }
  });
});
