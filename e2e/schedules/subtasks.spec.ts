import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";

test("subtasks: an optional one never holds up the parent, a required one does until it is done", async ({ page }) => {
  const title = `Winterise the boat ${uniqueSuffix()}`;
  await signUp(page, { name: "Sub Tasker", email: uniqueEmail("subtasks"), household: "Subtask home" });

  const created = await page.evaluate(
    async (body) => {
      const response = await fetch("/api/tasks", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: response.status, id: ((await response.json()) as { id: string }).id };
    },
    { title },
  );
  expect(created.status).toBe(201);
  const parentUrl = `/tasks/${created.id}`;
  await page.goto(parentUrl);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const subtasks = page.getByRole("list", { name: "Subtasks" });
  const newSubtask = page.getByLabel("New subtask");
  await newSubtask.fill("Drain the engine");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(subtasks.getByRole("link", { name: /Drain the engine/ })).toBeVisible();

  await newSubtask.fill("Wax the hull");
  await page.getByRole("checkbox", { name: /^Optional/ }).check();
  await page.getByRole("button", { name: "Add", exact: true }).click();
  const wax = subtasks.getByRole("link", { name: /Wax the hull/ });
  await expect(wax).toBeVisible();
  await expect(wax.getByText("Optional", { exact: true })).toBeVisible();
  await expect(subtasks.getByRole("link", { name: /Drain the engine/ }).getByText("Optional", { exact: true })).toHaveCount(0);

  // Only the required subtask is named as holding up completion.
  const waiting = page.getByRole("status").filter({ hasText: "Completing this task waits for" });
  await expect(waiting).toContainText("Drain the engine");
  await expect(waiting).not.toContainText("Wax the hull");

  // Making the optional one required adds it to what blocks; making it optional again takes it off.
  const waxRequired = page.getByRole("checkbox", { name: "Required for Wax the hull" });
  await expect(waxRequired).not.toBeChecked();
  await waxRequired.check();
  await expect(waiting).toContainText("Wax the hull");
  await waxRequired.uncheck();
  await expect(waiting).not.toContainText("Wax the hull");
  await expect(wax.getByText("Optional", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Mark as done" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "The task could not be completed" });
  await expect(refusal).toContainText('Finish or skip the required subtask "Drain the engine"');
  await expect(refusal).not.toContainText("Wax the hull");

  await subtasks.getByRole("link", { name: /Drain the engine/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Drain the engine" })).toBeVisible();
  await page.getByRole("button", { name: "Mark as done" }).click();
  await expect(page.getByText("Task completed.")).toBeVisible();

  await page.goto(parentUrl);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(subtasks.getByRole("link", { name: /Drain the engine/ })).toContainText("Done");
  await expect(waiting).toHaveCount(0);
  await page.getByRole("button", { name: "Mark as done" }).click();
  await expect(page.getByText("Task completed.")).toBeVisible();
  // The optional subtask was left as it was.
  await expect(wax).toContainText("No date");
});
