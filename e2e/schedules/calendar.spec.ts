import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";

/** "YYYY-MM-DD" n days from the test machine's today (UTC). */
function isoInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("task calendar: an ad-hoc task shows on its day, with its state in words, and on phones as an agenda", async ({ page }) => {
  const title = `Descale kettle ${uniqueSuffix()}`;
  // Far enough from today that the household's time zone cannot make it overdue, and in a month we open by URL.
  const due = isoInDays(10);
  const month = due.slice(0, 7);
  await signUp(page, { name: "Cal Endar", email: uniqueEmail("calendar"), household: "Calendar home" });

  const status = await page.evaluate(
    async (body) => {
      const response = await fetch("/api/tasks", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { title, plannedOn: due },
  );
  expect(status).toBe(201);

  await page.goto("/tasks");
  await page.getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Task calendar" })).toBeVisible();
  await page.goto(`/tasks/calendar?month=${month}`);

  const grid = page.getByRole("table");
  await expect(grid.getByRole("columnheader")).toHaveCount(7);
  // Each day's tasks are a list named after the day, as the page formats it (the browser runs en-US).
  const dayName = new Intl.DateTimeFormat("en-US", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    Date.parse(`${due}T00:00:00Z`),
  );
  const link = grid.getByRole("list", { name: dayName, exact: true }).getByRole("link", { name: new RegExp(title) });
  await expect(link).toBeVisible();
  await expect(link).toContainText("Open");

  const heading = page.getByRole("heading", { level: 2 }).first();
  const shown = await heading.textContent();
  await page.getByRole("button", { name: "Next month" }).click();
  await expect(heading).not.toHaveText(shown ?? "");
  await expect(page.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);
  await page.getByRole("button", { name: "Previous month" }).click();
  await expect(heading).toHaveText(shown ?? "");

  await link.click();
  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/tasks/calendar?month=${month}`);
  await expect(page.getByRole("table")).toBeHidden();
  await expect(page.getByRole("list", { name: /Tasks due in/ }).getByRole("link", { name: new RegExp(title) })).toBeVisible();
});
