import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";
import { withE2eDatabase } from "../support/database";

/** "YYYY-MM-DD" n days from today in UTC, the zone a new household starts in. */
function isoInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The app's date format ("Mar 1, 2027"), computed independently of the app. */
function shown(iso: string): string {
  return new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
    Date.parse(`${iso}T00:00:00Z`),
  );
}

test("schedule history: a late completion with a note and a skip, planned vs actual", async ({ page }) => {
  const title = `Descale the kettle ${uniqueSuffix()}`;
  const today = isoInDays(0);
  await signUp(page, { name: "Kim History", email: uniqueEmail("history"), household: "History home" });

  await page.goto("/schedules/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Every", { exact: true }).fill("1");
  await page.getByLabel("Unit", { exact: true }).selectOption("WEEK");
  await page.getByLabel("Starting").fill(today);
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page).toHaveURL(/\/schedules$/);

  // The schedule's page, reached from the list: nothing has happened yet.
  await page.getByRole("list", { name: "Schedules" }).getByRole("link", { name: title, exact: true }).click();
  await expect(page).toHaveURL(/\/schedules\/[0-9a-f-]{36}$/);
  const scheduleUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByText("No completed occurrences yet")).toBeVisible();

  // Time passes: the first occurrence was due three days ago (no screen can make a test's days go by).
  const planned = isoInDays(-3);
  await withE2eDatabase((client) =>
    client.query(`UPDATE "Task" SET "plannedOn" = $2::date WHERE title = $1 AND status = 'OPEN'`, [title, planned]),
  );

  // Done today, three days late, with a note.
  await page.reload();
  const summary = page.getByRole("region", { name: "Summary" });
  await summary.getByRole("link", { name: shown(planned) }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const complete = page.getByRole("region", { name: "Complete this task" });
  await complete.getByLabel(/Note$/).fill("Used citric acid; scale was thick");
  await complete.getByRole("button", { name: "Mark as done" }).click();
  const done = page.getByRole("status").filter({ hasText: "Task completed." });
  const nextDue = isoInDays(7);
  await expect(done).toContainText(`Next task: due ${shown(nextDue)}`);

  // The next one is skipped.
  await done.getByRole("link", { name: `due ${shown(nextDue)}` }).click();
  await expect(page.getByRole("region", { name: "Complete this task" })).toBeVisible();
  await page.getByRole("button", { name: "Skip", exact: true }).click();
  const skip = page.getByRole("dialog", { name: "Skip this task?" });
  await skip.getByLabel("Reason (optional)").fill("Away that week");
  await skip.getByRole("button", { name: "Skip task" }).click();
  await expect(skip).toBeHidden();

  // Latest first: the skip, then the late completion, each planned vs actual with who and the note.
  await page.goto(scheduleUrl);
  const rows = history.getByRole("table", { name: "Past occurrences" }).getByRole("row");
  await expect(rows).toHaveCount(3);
  const [skipped, late] = [rows.nth(1), rows.nth(2)];
  await expect(skipped.getByRole("cell").nth(0)).toHaveText(shown(nextDue));
  await expect(skipped.getByRole("cell").nth(1)).toHaveText("Not done");
  await expect(skipped.getByRole("cell").nth(2)).toHaveText("Skipped");
  await expect(skipped.getByRole("cell").nth(4)).toHaveText("Away that week");
  await expect(late.getByRole("cell").nth(0)).toHaveText(shown(planned));
  await expect(late.getByRole("cell").nth(1)).toHaveText(shown(today));
  await expect(late.getByRole("cell").nth(2)).toHaveText("3 days late");
  await expect(late.getByRole("cell").nth(3)).toHaveText("Kim History");
  await expect(late.getByRole("cell").nth(4)).toHaveText("Used citric acid; scale was thick");

  // On a phone the same occurrences are cards.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(history.getByRole("table", { name: "Past occurrences" })).toBeHidden();
  const cards = history.getByRole("list", { name: "Past occurrences" }).getByRole("listitem");
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText("Skipped");
  await expect(cards.nth(0)).toContainText("Away that week");
  await expect(cards.nth(1)).toContainText(`${shown(planned)}3 days late`);
  await expect(cards.nth(1)).toContainText("Kim History");
});
