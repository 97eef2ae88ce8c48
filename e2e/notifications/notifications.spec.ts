import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "../support/accounts";
import { withE2eDatabase } from "../support/database";

/** The list sorts by id: the app writes time-ordered UUIDv7s, so the seeds must be too. */
function uuidv7(ms: number): string {
  const time = ms.toString(16).padStart(12, "0");
  const rand = randomBytes(10).toString("hex");
  const variant = ((parseInt(rand.charAt(3), 16) & 0x3) | 0x8).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${rand.slice(0, 3)}-${variant}${rand.slice(4, 7)}-${rand.slice(7, 19)}`;
}

test("a member sees unread notifications in the bell, opens one, and marks the rest as read", async ({ page }) => {
  const email = uniqueEmail("notified");
  await signUp(page, { name: "Nora Notified", email });

  const now = Date.now();
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ userId: string; householdId: string }>(
      `SELECT id AS "userId", "activeHouseholdId" AS "householdId" FROM "User" WHERE email = $1`,
      [email],
    );
    const { userId, householdId } = rows[0] ?? {};
    const insert = `INSERT INTO "Notification" (id, "userId", "householdId", type, title, body, url, "dedupeKey", channels, "createdAt")
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '{IN_APP}', $9)`;
    await client.query(insert, [
      uuidv7(now - 60_000),
      userId,
      householdId,
      "TASK_DUE_SOON",
      "Clean the gutters is due tomorrow",
      "",
      null,
      `e2e-${randomUUID()}`,
      new Date(now - 60_000),
    ]);
    await client.query(insert, [
      uuidv7(now),
      userId,
      householdId,
      "WARRANTY_EXPIRING",
      "Warranty of Dishwasher ends in 7 days",
      "It ends on 1 Dec.",
      "/settings",
      `e2e-${randomUUID()}`,
      new Date(now),
    ]);
  });

  await page.reload();
  await expect(page.getByRole("link", { name: "Notifications, 2 unread" })).toBeVisible();
  await page.getByRole("link", { name: "Notifications, 2 unread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();

  const items = page.getByRole("list", { name: "Notifications" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText("Unread: Warranty of Dishwasher ends in 7 days");
  await expect(items.nth(1)).toContainText("Unread: Clean the gutters is due tomorrow");

  await items.nth(0).getByRole("link").click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();

  await page.getByRole("link", { name: "Notifications, 1 unread" }).click();
  await expect(items.nth(0)).not.toContainText("Unread:");
  await expect(items.nth(1)).toContainText("Unread: Clean the gutters is due tomorrow");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByText("1 notification marked as read.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expect(items.nth(1)).not.toContainText("Unread:");
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
});
