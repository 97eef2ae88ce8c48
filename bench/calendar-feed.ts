/**
 * The calendar feed through the running production server (issue 10).
 * Data: one household with 100 weekly schedules on 20 assets (each with its open task and
 * 20 past done ones), so a 12-month HOUSEHOLD_TASKS feed holds about 5,300 occurrences;
 * seeded with SQL. Load: one request at a time (latency, not throughput), client and
 * server on the same cores. Figures: p50/p99 of a full build, of a 304 (If-None-Match),
 * and of /api/health in the same run, as the yardstick (docs/architecture.md: ratios, not bars).
 */
import { createHash, randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createMigratedTemplate, databaseUrl, dropDatabase, startTestDatabaseServer } from "../tests/support/test-database-server";
import { needsBuild } from "../scripts/lib/needs-build";
import { exited, nodeBin, run, TYPESCRIPT_NODE_FLAGS } from "../scripts/lib/run";
import { formatRow, load, summarize, TABLE_HEADER } from "./lib/stats";

const SCHEDULES = 100;
const ASSETS = 20;
const PAST_TASKS_PER_SCHEDULE = 20;
const BUILDS = 30;
const NOT_MODIFIED = 300;
const PORT = 3212;
const projectDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

async function seed(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const token = randomBytes(32).toString("base64url");
  await client.query(`
    WITH u AS (INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES (gen_random_uuid(), 'bench@example.test', 'Bench', 'x', now()) RETURNING id),
         h AS (INSERT INTO "Household" (id, name, "updatedAt") VALUES (gen_random_uuid(), 'Bench household', now()) RETURNING id)
    INSERT INTO "Membership" (id, "userId", "householdId", role) SELECT gen_random_uuid(), u.id, h.id, 'OWNER' FROM u, h`);
  await client.query(`
    INSERT INTO "Asset" (id, "householdId", "ownerId", name, category, "warrantyExpiresOn", "updatedAt")
    SELECT gen_random_uuid(), m."householdId", m."userId", 'Asset ' || g, 'Category ' || (g % 4), current_date + g * 17, now()
    FROM "Membership" m, generate_series(1, ${ASSETS}) g`);
  await client.query(`
    INSERT INTO "Schedule" (id, "householdId", "assetId", title, rule, "defaultAssigneeIds", "updatedAt")
    SELECT gen_random_uuid(), m."householdId", (SELECT id FROM "Asset" ORDER BY id OFFSET (g % ${ASSETS}) LIMIT 1), 'Chore ' || g,
           jsonb_build_object('kind', 'INTERVAL', 'every', 7, 'unit', 'DAY', 'anchor', 'FIXED', 'startDate', to_char(current_date + (g % 7), 'YYYY-MM-DD')),
           ARRAY[m."userId"], now()
    FROM "Membership" m, generate_series(1, ${SCHEDULES}) g`);
  // Each schedule: its open occurrence (assigned) and past done ones on the same weekly grid.
  await client.query(`
    WITH t AS (
      INSERT INTO "Task" (id, "householdId", "scheduleId", "assetId", title, "plannedOn", trigger, "updatedAt")
      SELECT gen_random_uuid(), s."householdId", s.id, s."assetId", s.title, (s.rule->>'startDate')::date, 'DATE', now() FROM "Schedule" s
      RETURNING id)
    INSERT INTO "TaskAssignee" ("taskId", "userId") SELECT t.id, m."userId" FROM t, "Membership" m`);
  await client.query(`
    INSERT INTO "Task" (id, "householdId", "scheduleId", "assetId", title, status, "plannedOn", "completedAt", trigger, "updatedAt")
    SELECT gen_random_uuid(), s."householdId", s.id, s."assetId", s.title, 'DONE', (s.rule->>'startDate')::date - 7 * g,
           ((s.rule->>'startDate')::date - 7 * g)::timestamptz, 'DATE', now()
    FROM "Schedule" s, generate_series(1, ${PAST_TASKS_PER_SCHEDULE}) g`);
  await client.query(
    `INSERT INTO "CalendarFeed" (id, "householdId", "membershipId", "userId", name, scope, "tokenHash", "tokenHint", "updatedAt")
     SELECT gen_random_uuid(), m."householdId", m.id, m."userId", 'Everything', 'HOUSEHOLD_TASKS', $1, $2, now() FROM "Membership" m`,
    [createHash("sha256").update(token).digest("hex"), token.slice(-4)],
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
    const token = await seed(url);

    if (needsBuild(projectDir)) await run(nodeBin("next"), ["build"], { cwd: projectDir });
    app = spawn(process.execPath, [...TYPESCRIPT_NODE_FLAGS, "scripts/start.ts"], {
      cwd: projectDir,
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(PORT),
        DATA_DIR: dataDir,
        AUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
        CALENDAR_FEED_RATE_LIMIT_PER_MINUTE: "0",
      },
      stdio: "ignore",
    });
    const baseUrl = `http://127.0.0.1:${PORT}`;
    await waitForHealth(baseUrl, 120_000);
    const feedUrl = `${baseUrl}/calendar/${token}.ics`;

    const first = await fetch(feedUrl);
    const body = await first.text();
    if (first.status !== 200) throw new Error(`feed answered ${first.status}`);
    const etag = first.headers.get("etag") ?? "";
    const events = body.split("BEGIN:VEVENT").length - 1;
    console.log(`feed: ${events} events, ${(Buffer.byteLength(body) / 1024).toFixed(0)} KiB`);

    const get = async (target: string, headers: Record<string, string>, status: number) => {
      const response = await fetch(target, { headers });
      await response.arrayBuffer();
      if (response.status !== status) throw new Error(`${target.replace(token, "<token>")} answered ${response.status}`);
    };
    console.log(TABLE_HEADER);
    await load(100, 1, () => get(`${baseUrl}/api/health`, {}, 200));
    const health = await load(NOT_MODIFIED, 1, () => get(`${baseUrl}/api/health`, {}, 200));
    console.log(formatRow("baseline: /api/health (SELECT 1)", summarize(health.latencies, health.wallMs)));
    await load(50, 1, () => get(feedUrl, { "if-none-match": etag }, 304));
    const notModified = await load(NOT_MODIFIED, 1, () => get(feedUrl, { "if-none-match": etag }, 304));
    console.log(formatRow("feed: 304 (If-None-Match)", summarize(notModified.latencies, notModified.wallMs)));
    await load(5, 1, () => get(feedUrl, {}, 200));
    const builds = await load(BUILDS, 1, () => get(feedUrl, {}, 200));
    console.log(formatRow(`feed: full build (${events} events)`, summarize(builds.latencies, builds.wallMs)));
    const p50 = (l: number[]) => summarize(l, 1).p50;
    console.log(
      `ratios to /api/health p50: build ${(p50(builds.latencies) / p50(health.latencies)).toFixed(1)}x, 304 ${(
        p50(notModified.latencies) / p50(health.latencies)
      ).toFixed(1)}x`,
    );
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
