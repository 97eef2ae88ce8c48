/**
 * Asset list and search latency through the running production server.
 * Data: one household with 10,000 assets (30 manufacturers, 12 locations, 8 tags),
 * seeded with SQL. Load: 50 concurrent keep-alive clients on this machine, so client
 * and server share the same 2 cores. Figures: p50/p99 per scenario, plus the latency
 * of writes made while the list is under that read load.
 */
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createMigratedTemplate, databaseUrl, dropDatabase, startTestDatabaseServer } from "../tests/support/test-database-server";
import { needsBuild } from "../scripts/lib/needs-build";
import { exited, nodeBin, run, TYPESCRIPT_NODE_FLAGS } from "../scripts/lib/run";
import { formatRow, load, summarize, TABLE_HEADER } from "./lib/stats";

const ASSETS = 10_000;
const CONCURRENCY = 50;
const REQUESTS = 3_000;
const PORT = 3211;
const projectDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

async function seed(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const token = `da_${randomBytes(32).toString("base64url")}`;
  const { createHash } = await import("node:crypto");
  await client.query(
    `
    WITH u AS (INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES (gen_random_uuid(), 'bench@example.test', 'Bench', 'x', now()) RETURNING id),
         h AS (INSERT INTO "Household" (id, name, "updatedAt") VALUES (gen_random_uuid(), 'Bench household', now()) RETURNING id),
         m AS (INSERT INTO "Membership" (id, "userId", "householdId", role) SELECT gen_random_uuid(), u.id, h.id, 'OWNER' FROM u, h RETURNING "userId", "householdId")
    INSERT INTO "ApiToken" (id, "userId", "householdId", name, "tokenHash", prefix) SELECT gen_random_uuid(), "userId", "householdId", 'bench', $1, 'da_bench' FROM m`,
    [createHash("sha256").update(token).digest("hex")],
  );
  await client.query(`UPDATE "User" SET "activeHouseholdId" = (SELECT id FROM "Household" LIMIT 1)`);
  await client.query(
    `INSERT INTO "Location" (id, "householdId", name) SELECT gen_random_uuid(), h.id, 'Room ' || g FROM "Household" h, generate_series(1, 12) g`,
  );
  await client.query(
    `INSERT INTO "Tag" (id, "householdId", name, color) SELECT gen_random_uuid(), h.id, 'tag' || g, '#336699' FROM "Household" h, generate_series(1, 8) g`,
  );
  await client.query(`
    INSERT INTO "Asset" (id, "householdId", "ownerId", name, manufacturer, model, "serialNumber", notes, "priceMinor", currency,
                         "warrantyExpiresOn", "locationId", "createdAt", "updatedAt", "searchText")
    SELECT gen_random_uuid(), h.id, u.id,
           'Asset ' || g, 'Maker' || (g % 30), 'M-' || (g % 500), 'SN' || lpad(g::text, 8, '0'), 'note for item ' || g,
           (g % 1000) * 100, 'USD', (current_date + ((g % 730) - 100))::date,
           (SELECT id FROM "Location" ORDER BY id OFFSET (g % 12) LIMIT 1),
           now() - (g || ' minutes')::interval, now(),
           lower('Asset ' || g || ' Maker' || (g % 30) || ' M-' || (g % 500) || ' SN' || lpad(g::text, 8, '0') || ' note for item ' || g)
    FROM "Household" h, "User" u, generate_series(1, ${ASSETS}) g`);
  await client.query(
    `INSERT INTO "AssetTag" ("assetId", "tagId") SELECT a.id, t.id FROM "Asset" a JOIN "Tag" t ON t.name = 'tag' || (1 + abs(hashtext(a.id::text)) % 8)`,
  );
  await client.query("ANALYZE");
  await client.end();
  return token;
}

async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not become healthy");
}

async function main() {
  const server = await startTestDatabaseServer();
  const dbName = `da_bench_${randomBytes(4).toString("hex")}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "da-bench-"));
  let app: ReturnType<typeof spawn> | undefined;
  try {
    await createMigratedTemplate(server.adminUrl, dbName);
    const url = databaseUrl(server.adminUrl, dbName);
    const seedStart = performance.now();
    const token = await seed(url);
    console.log(`seeded ${ASSETS} assets in ${(performance.now() - seedStart).toFixed(0)} ms`);

    if (needsBuild(projectDir)) await run(nodeBin("next"), ["build"], { cwd: projectDir });
    app = spawn(process.execPath, [...TYPESCRIPT_NODE_FLAGS, "scripts/start.ts"], {
      cwd: projectDir,
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(PORT),
        DATA_DIR: dataDir,
        AUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
        API_RATE_LIMIT_PER_MINUTE: "0",
      },
      stdio: "ignore",
    });
    const baseUrl = `http://127.0.0.1:${PORT}`;
    await waitForHealth(baseUrl, 120_000);
    const headers = { authorization: `Bearer ${token}` };
    const getPublic = async (pathAndQuery: string) => {
      const response = await fetch(`${baseUrl}${pathAndQuery}`);
      if (!response.ok) throw new Error(`${pathAndQuery} answered ${response.status}`);
      await response.arrayBuffer();
    };
    const get = async (pathAndQuery: string) => {
      const response = await fetch(`${baseUrl}${pathAndQuery}`, { headers });
      if (!response.ok) throw new Error(`${pathAndQuery} answered ${response.status}`);
      await response.arrayBuffer();
    };

    const firstPage = (await (await fetch(`${baseUrl}/api/assets?limit=50`, { headers })).json()) as {
      items: unknown[];
      nextCursor: string;
    };
    const scenarios: [string, (i: number) => string][] = [
      ["list: first page of 50 (newest first)", () => "/api/assets?limit=50"],
      ["list: second page via cursor", () => `/api/assets?limit=50&cursor=${encodeURIComponent(firstPage.nextCursor)}`],
      ["list: sorted by name", () => "/api/assets?limit=50&sort=name&order=asc"],
      ["search: manufacturer (1 in 30 match)", (i) => `/api/assets?limit=50&q=maker${i % 30}`],
      ["search: serial number (1 match)", (i) => `/api/assets?limit=50&q=sn${String(1 + (i % ASSETS)).padStart(8, "0")}`],
      ["filter: warranty expiring within 90 days", () => "/api/assets?limit=50&warrantyWithinDays=90"],
    ];

    console.log(`\n${ASSETS} assets, ${REQUESTS} requests per scenario, concurrency ${CONCURRENCY} unless stated`);
    console.log(TABLE_HEADER);
    // Baselines: what the server costs with no asset work at all, and one request at a time.
    await load(200, CONCURRENCY, () => getPublic("/api/health"));
    const health = await load(REQUESTS, CONCURRENCY, () => getPublic("/api/health"));
    console.log(formatRow("baseline: /api/health (SELECT 1)", summarize(health.latencies, health.wallMs)));
    const serial = await load(500, 1, () => get("/api/assets?limit=50"));
    console.log(formatRow("list: first page of 50, concurrency 1", summarize(serial.latencies, serial.wallMs)));
    for (const [name, pathFor] of scenarios) {
      await load(200, CONCURRENCY, (i) => get(pathFor(i))); // warm-up
      const { latencies, wallMs } = await load(REQUESTS, CONCURRENCY, (i) => get(pathFor(i)));
      console.log(formatRow(name, summarize(latencies, wallMs)));
    }

    // Writes while 49 clients keep reading the list.
    let reading = true;
    const readers = load(Number.MAX_SAFE_INTEGER, CONCURRENCY - 1, async () => {
      if (!reading) throw new Error("stop");
      await get("/api/assets?limit=50");
    }).catch(() => undefined);
    const writes = await load(200, 1, async (i) => {
      const response = await fetch(`${baseUrl}/api/assets`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ name: `Bench write ${i}`, manufacturer: "Bench" }),
      });
      if (response.status !== 201) throw new Error(`create answered ${response.status}`);
      await response.arrayBuffer();
    });
    reading = false;
    await readers;
    console.log(formatRow("write: create asset under list load (49 readers)", summarize(writes.latencies, writes.wallMs)));
  } finally {
    if (app) {
      app.kill("SIGTERM");
      await exited(app);
    }
    await dropDatabase(server.adminUrl, dbName).catch(() => undefined);
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
