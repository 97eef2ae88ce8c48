/**
 * Issue 8: GET /api/admin/jobs showed a stack trace with absolute server paths in
 * lastError, and not the real cause. A push job fails for good against a push service
 * answering 503; the admin list must say what the service answered, in words.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as listJobs } from "@/app/api/admin/jobs/route";
import { POST as postSubscription } from "@/app/api/notifications/push/subscriptions/route";
import { db } from "@/lib/server/db/client";
import { notify } from "@/lib/notifications/notify";
import { createTestSubscriber } from "@/lib/notifications/push-test-support";
import { sendPushHandler } from "@/workers/handlers/send-push";
import { callRoute, createHouseholdOwner } from "@/tests/support/fixtures";
import { defineJobHandler } from "./job-handler";
import { insertJob } from "./enqueue-job";
import type { TJobPage } from "./schemas";
import { quietLogger, waitFor } from "./test-support";
import { Worker } from "./worker";
import { setEnv } from "@/tests/support/env";

let server: http.Server;
let base = "";

beforeAll(async () => {
  setEnv({ OUTBOUND_ALLOW_HOSTS: "127.0.0.1" });
  server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () =>
      res.writeHead(503, { "content-type": "application/json" }).end('{\n  "error": "push service overloaded, try later"\n}'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  setEnv({ OUTBOUND_ALLOW_HOSTS: undefined });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function runUntilDead(handlers: ConstructorParameters<typeof Worker>[0]["handlers"], jobIds: string[]) {
  const worker = new Worker({ connectionString: process.env.DATABASE_URL as string, handlers, pollIntervalMs: 50, logger: quietLogger });
  await worker.start();
  try {
    await waitFor(
      "the jobs to die",
      async () => (await db().job.count({ where: { id: { in: jobIds }, status: "DEAD" } })) === jobIds.length,
    );
  } finally {
    await worker.stop({ deadlineMs: 1_000 });
  }
}

describe("lastError of failed jobs", () => {
  it("says what the push service answered, with no stack trace and no server path", async () => {
    const owner = await createHouseholdOwner("jobs-admin");
    const subscriber = createTestSubscriber();
    const saved = await callRoute(postSubscription, {
      method: "POST",
      path: "/api/notifications/push/subscriptions",
      authorization: owner.authorization,
      body: { endpoint: `${base}/push/phone`, keys: subscriber.keys },
    });
    expect(saved.status).toBe(201);
    await db().$transaction((tx) =>
      notify(tx, {
        householdId: owner.auth.householdId,
        userIds: [owner.auth.userId],
        type: "MENTION",
        title: "Hello",
        dedupeKey: "mention:jobs",
      }),
    );
    const jobs = await db().job.findMany({ where: { kind: "send-push", householdId: owner.auth.householdId } });
    expect(jobs).toHaveLength(1);
    await db().job.updateMany({ where: { id: { in: jobs.map((j) => j.id) } }, data: { maxAttempts: 1 } });
    await runUntilDead(
      { "send-push": sendPushHandler },
      jobs.map((j) => j.id),
    );

    const page = (await callRoute(listJobs, { path: "/api/admin/jobs", authorization: owner.authorization })).body as TJobPage;
    const lastError = page.items.find((j) => j.id === jobs[0]?.id)?.lastError ?? "";
    expect(lastError).toContain(
      `push service 127.0.0.1:${new URL(base).port} answered 503: { "error": "push service overloaded, try later" }`,
    );
    expect(lastError).not.toMatch(/\n|\bat \S+ \(|\.ts:\d+|node_modules/);
    expect(lastError).not.toContain(process.cwd());
    expect(lastError).not.toContain("/push/phone");
  });

  it("keeps the message of any other failure and drops paths it names", async () => {
    const owner = await createHouseholdOwner("jobs-admin-2");
    const failing = defineJobHandler({
      payload: z.unknown(),
      async run() {
        throw new Error(`ENOENT: no such file or directory, open '${process.cwd()}/data/files/abc'`);
      },
    });
    const { id } = await insertJob(db(), { kind: "fails-on-disk", householdId: owner.auth.householdId, maxAttempts: 1 });
    await runUntilDead({ "fails-on-disk": failing }, [id]);
    const page = (await callRoute(listJobs, { path: "/api/admin/jobs", authorization: owner.authorization })).body as TJobPage;
    expect(page.items.find((j) => j.id === id)?.lastError).toBe("ENOENT: no such file or directory, open '<server path>'");
  });

  it("hides a stack stored by an older version", async () => {
    const owner = await createHouseholdOwner("jobs-admin-3");
    const { id } = await insertJob(db(), { kind: "old-failure", householdId: owner.auth.householdId, maxAttempts: 1 });
    const stack = `Error: push service answered 503\n    at deliverPush (${process.cwd()}/lib/notifications/deliver-push.ts:86:21)\n    at async Worker.run (/srv/app/node_modules/x.js:1:2)`;
    await db().job.update({ where: { id }, data: { status: "DEAD", lastError: stack, finishedAt: new Date() } });
    const page = (await callRoute(listJobs, { path: "/api/admin/jobs", authorization: owner.authorization })).body as TJobPage;
    expect(page.items.find((j) => j.id === id)?.lastError).toBe("Error: push service answered 503");
  });
});
