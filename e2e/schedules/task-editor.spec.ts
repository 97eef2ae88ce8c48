import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";
import { withE2eDatabase } from "../support/database";

/** A second member of the owner's household (there is no invitation screen yet), so a task can have two assignees. */
async function addMember(ownerEmail: string, name: string): Promise<void> {
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ activeHouseholdId: string }>(`SELECT "activeHouseholdId" FROM "User" WHERE email = $1`, [
      ownerEmail,
    ]);
    const householdId = rows[0]?.activeHouseholdId;
    const userId = randomUUID();
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "activeHouseholdId", "updatedAt") VALUES ($1, $2, $3, 'x', $4, now())`,
      [userId, uniqueEmail("member"), name, householdId],
    );
    await client.query(`INSERT INTO "Membership" (id, "userId", "householdId", role) VALUES ($1, $2, $3, 'MEMBER')`, [
      randomUUID(),
      userId,
      householdId,
    ]);
  });
}

function statusBadge(page: Page, label: string) {
  return page.getByRole("main").getByText(label, { exact: true });
}

test("an ad-hoc task is created with two assignees who must each do it, edited, started, blocked and unblocked; another is deleted", async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const ownerEmail = uniqueEmail("task-editor");
  const title = `Bleed the radiators ${suffix}`;
  await signUp(page, { name: "Tess Editor", email: ownerEmail, household: `Task editor home ${suffix}` });
  await addMember(ownerEmail, "Milo Member");

  await page.goto("/tasks");
  await page.getByRole("link", { name: "New task" }).click();
  await expect(page).toHaveURL(/\/tasks\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "New task" })).toBeVisible();

  // Nothing typed yet: the title is asked for beside its field.
  await page.getByRole("button", { name: "Create task" }).click();
  await expect(page.getByLabel("Title")).toBeFocused();
  await expect(page.getByText("Give the task a title")).toBeVisible();

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Notes").fill("Upstairs first.");
  await page.getByLabel("Due date").fill("2030-01-15");
  await page.getByLabel("Priority").selectOption({ label: "High" });
  await expect(page.getByLabel("Who completes it")).toHaveCount(0);
  await page.getByRole("checkbox", { name: /^Tess Editor/ }).check();
  await page.getByRole("checkbox", { name: /^Milo Member/ }).check();
  await page.getByLabel("Who completes it").selectOption({ label: "Each of them" });
  await page.getByRole("button", { name: "Add step" }).click();
  await page.getByLabel("Step 1", { exact: true }).fill("Open the valve");
  await expect(page.getByRole("checkbox", { name: "Required", exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Create task" }).click();

  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
  const taskUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(statusBadge(page, "Open")).toBeVisible();
  await expect(page.getByText("high priority")).toBeVisible();
  const details = page.getByRole("region", { name: "Details" });
  await expect(details).toContainText("Tess Editor");
  await expect(details).toContainText("Milo Member");
  await expect(details).toContainText("each of them");
  await expect(details).toContainText("2030");
  await expect(page.getByRole("region", { name: "Requirements" })).toContainText("1 required checklist item(s)");
  await expect(page.getByRole("region", { name: "Instructions" })).toContainText("Upstairs first.");

  // Edit title and priority.
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Edit task" });
  await expect(dialog.getByLabel("Title")).toHaveValue(title);
  await dialog.getByLabel("Title").fill(`${title} again`);
  await dialog.getByLabel("Priority").selectOption({ label: "Urgent" });
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: `${title} again` })).toBeVisible();
  await expect(page.getByText("urgent priority")).toBeVisible();

  // Status: start, blocked, unblock; each survives a reload.
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(statusBadge(page, "In progress")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start", exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Blocked", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unblock", exact: true })).toBeVisible();
  await page.reload();
  await expect(statusBadge(page, "Blocked")).toBeVisible();
  await page.getByRole("button", { name: "Unblock", exact: true }).click();
  await expect(statusBadge(page, "Open")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
  expect(page.url()).toBe(taskUrl);

  // Another ad-hoc task, deleted after confirming.
  const doomed = `Throw away the old hose ${suffix}`;
  const created = await page.request.post("/api/tasks", { data: { title: doomed } });
  expect(created.status()).toBe(201);
  const doomedId = ((await created.json()) as { id: string }).id;
  await page.goto(`/tasks/${doomedId}`);
  await expect(page.getByRole("heading", { level: 1, name: doomed })).toBeVisible();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const confirm = page.getByRole("dialog", { name: `Delete “${doomed}”?` });
  await confirm.getByRole("button", { name: "Delete task" }).click();
  await expect(page).toHaveURL(/\/tasks$/);
  await page.getByRole("tab", { name: "Household" }).click();
  await expect(page.getByRole("link", { name: new RegExp(`${title} again`) })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(doomed) })).toHaveCount(0);
  expect((await page.request.get(`/api/tasks/${doomedId}`)).status()).toBe(404);
});

test("a task started from an asset's maintenance card is for that asset", async ({ page }) => {
  const suffix = uniqueSuffix();
  const assetName = `Water heater ${suffix}`;
  const title = `Flush the tank ${suffix}`;
  await signUp(page, { name: "Ada Asset", email: uniqueEmail("task-asset"), household: `Asset task home ${suffix}` });
  await page.goto("/assets/new");
  await page.getByLabel("Name", { exact: true }).fill(assetName);
  await page.getByRole("button", { name: "Add asset" }).click();
  await expect(page).toHaveURL(/\/assets\/[0-9a-f-]{36}$/);
  const assetUrl = page.url();

  await page.getByRole("region", { name: "Maintenance" }).getByRole("link", { name: "New task" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `New task for ${assetName}` })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Asset" })).toHaveValue(assetUrl.split("/").pop() ?? "");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create task" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("region", { name: "Details" }).getByRole("link", { name: assetName }).click();
  await expect(page).toHaveURL(assetUrl);
  await expect(page.getByRole("region", { name: "Maintenance" }).getByRole("link", { name: new RegExp(title) })).toBeVisible();
});
