import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "../support/accounts";
import { withE2eDatabase } from "../support/database";

test("an owner sees a failed background job, runs it again, and reads mail kept in the outbox", async ({ page }) => {
  const email = uniqueEmail("admin");
  await signUp(page, { name: "Olive Owner", email });

  const jobId = randomUUID();
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ householdId: string }>(
      `SELECT "activeHouseholdId" AS "householdId" FROM "User" WHERE email = $1`,
      [email],
    );
    const householdId = rows[0]?.householdId;
    // A job kind no worker handles, so the replayed job waits in the queue instead of failing again.
    await client.query(
      `INSERT INTO "Job" (id, kind, payload, status, "householdId", attempts, "maxAttempts", "lastError", "runAt", "finishedAt")
       VALUES ($1, 'e2e-never-handled', '{}', 'DEAD', $2, 5, 5, 'connect ECONNREFUSED 10.0.0.9:25', now(), now())`,
      [jobId, householdId],
    );
    await client.query(
      `INSERT INTO "OutboxMessage" (id, "householdId", "to", subject, html, text) VALUES ($1, $2, $3, 'Warranty of Dishwasher ends in 7 days', '<p>x</p>', 'The warranty of Dishwasher ends on 1 Dec.')`,
      [randomUUID(), householdId, email],
    );
  });

  await page.goto("/settings");
  const failed = page.getByRole("region", { name: "Failed background jobs" });
  const jobs = failed.getByRole("list", { name: "Failed background jobs" });
  const job = jobs.getByRole("listitem");
  await expect(job).toHaveCount(1);
  await expect(job).toContainText("e2e-never-handled");
  await expect(job).toContainText("5 of 5 attempts");
  await expect(job).toContainText("connect ECONNREFUSED 10.0.0.9:25");

  await failed.getByRole("button", { name: "Run again e2e-never-handled" }).click();
  await expect(page.getByText("The e2e-never-handled job will run again.")).toBeVisible();
  await expect(failed.getByText("Nothing has failed.")).toBeVisible();
  const status = await withE2eDatabase(
    async (client) => (await client.query<{ status: string }>(`SELECT status FROM "Job" WHERE id = $1`, [jobId])).rows[0]?.status,
  );
  expect(status).toBe("PENDING");

  const outbox = page.getByRole("region", { name: "Outbox" });
  await outbox.getByText("Warranty of Dishwasher ends in 7 days").click();
  await expect(outbox.getByText("The warranty of Dishwasher ends on 1 Dec.")).toBeVisible();
});
