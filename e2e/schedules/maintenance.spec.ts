import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";
import { PNG_FILE } from "../support/files";

/** "YYYY-MM-DD" n days from the test machine's today; far enough ahead that the household's time zone cannot matter. */
function isoInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The app's date format ("Mar 1, 2027"), computed independently of the app. */
function shown(iso: string): string {
  return new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
    Date.parse(`${iso}T00:00:00Z`),
  );
}

async function recordReading(page: Page, value: string) {
  await page.getByRole("region", { name: "Maintenance" }).getByRole("button", { name: "Record reading for Engine hours" }).click();
  const dialog = page.getByRole("dialog", { name: "Record reading: Engine hours" });
  await dialog.getByLabel("Reading (hours)").fill(value);
  await dialog.getByRole("button", { name: "Save reading" }).click();
  await expect(dialog).toBeHidden();
}

test("maintenance: usage, seasonal and interval schedules, meter readings, completing tasks with requirements", async ({ page }) => {
  const suffix = uniqueSuffix();
  const assetName = `Lawn mower ${suffix}`;
  await signUp(page, { name: "Sam Upkeep", email: uniqueEmail("upkeep"), household: "Upkeep home" });

  // Tasks are in the main navigation; a new household has none.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tasks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
  await expect(page.getByRole("tab", { name: "My tasks" })).toHaveAttribute("aria-selected", "true");
  await page.getByRole("tab", { name: "Overdue" }).click();
  await expect(page.getByText("Nothing is overdue.")).toBeVisible();

  // An asset with a meter.
  await page.goto("/assets/new");
  await page.getByLabel("Name", { exact: true }).fill(assetName);
  await page.getByRole("button", { name: "Add asset" }).click();
  await expect(page).toHaveURL(/\/assets\/[0-9a-f-]{36}$/);
  const assetUrl = page.url();
  const maintenance = page.getByRole("region", { name: "Maintenance" });
  await maintenance.getByRole("button", { name: "Add meter" }).click();
  const meterDialog = page.getByRole("dialog", { name: "Add meter" });
  await meterDialog.getByLabel("Meter name").fill("Engine hours");
  await meterDialog.getByRole("button", { name: "Add meter" }).click();
  await expect(maintenance.getByRole("list", { name: "Meters" }).getByText("No reading yet")).toBeVisible();
  await recordReading(page, "10");
  await expect(maintenance.getByRole("list", { name: "Meters" }).getByText(/^10 hours/)).toBeVisible();

  // A usage schedule with a required checklist step and a photo.
  await maintenance.getByRole("link", { name: "Add schedule" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `New schedule for ${assetName}` })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill("Change oil");
  await page.getByLabel("Repeats").selectOption("USAGE");
  await page.getByLabel("Meter", { exact: true }).selectOption({ label: "Engine hours (hours)" });
  await page.getByLabel("Every how many hours").fill("50");
  const preview = page.getByRole("region", { name: "Next due dates" });
  await expect(preview.getByText("every 50 hours of use")).toBeVisible();
  await page.getByRole("button", { name: "Add step" }).click();
  await page.getByLabel("Step 1", { exact: true }).fill("Drain the old oil");
  await page.getByLabel("Photos required").fill("1");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page).toHaveURL(assetUrl);
  await expect(maintenance.getByRole("list", { name: "Schedules" }).getByText("every 50 hours of use")).toBeVisible();
  await expect(maintenance.getByText("Nothing to do right now.")).toBeVisible();

  // 60 hours later the oil change is due.
  await recordReading(page, "70");
  await expect(page.getByText("Reading saved. 1 task is now due.")).toBeVisible();
  const openTasks = maintenance.getByRole("list", { name: "Open tasks" });
  await expect(openTasks.getByRole("link", { name: /Change oil/ })).toContainText("Due today");

  // A lower reading is refused unless it is a reset.
  await maintenance.getByRole("button", { name: "Record reading for Engine hours" }).click();
  const readingDialog = page.getByRole("dialog", { name: "Record reading: Engine hours" });
  await readingDialog.getByLabel("Reading (hours)").fill("5");
  await readingDialog.getByRole("button", { name: "Save reading" }).click();
  await expect(readingDialog.getByText("Lower than the last reading (70)")).toBeVisible();
  await readingDialog.getByRole("button", { name: "Cancel" }).click();

  // Completing: the server names each unmet requirement, then accepts the completion.
  await openTasks.getByRole("link", { name: /Change oil/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change oil" })).toBeVisible();
  const complete = page.getByRole("region", { name: "Complete this task" });
  await complete.getByRole("button", { name: "Mark as done" }).click();
  await expect(complete.getByText('Tick "Drain the old oil"')).toBeVisible();
  await expect(complete.getByText("Attach 1 photo(s); 0 given")).toBeVisible();
  await complete.getByRole("checkbox", { name: /Drain the old oil/ }).check();
  await complete.getByLabel("Take or choose photos").setInputFiles(PNG_FILE);
  await expect(complete.getByRole("list", { name: "Completion photos" }).getByText(PNG_FILE.name)).toBeVisible();
  await complete.getByRole("button", { name: "Mark as done" }).click();
  await expect(page.getByText("Task completed.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Completion" }).getByText("1", { exact: true })).toBeVisible();

  // The next oil change comes with the next 50 hours.
  await page.goto(assetUrl);
  await expect(maintenance.getByText("Nothing to do right now.")).toBeVisible();
  await recordReading(page, "200");
  await expect(openTasks.getByRole("link", { name: /Change oil/ })).toBeVisible();

  // A seasonal schedule: the preview shows five falls of the southern hemisphere (from March 1).
  await maintenance.getByRole("link", { name: "Add schedule" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Clean the gutters");
  await page.getByLabel("Repeats").selectOption("SEASONAL");
  await page.getByLabel("Season", { exact: true }).selectOption("FALL");
  await page.getByLabel("Hemisphere").selectOption("SOUTH");
  await expect(preview.getByText("every fall (southern hemisphere)")).toBeVisible();
  const seasonal = preview.getByRole("list", { name: "Next due dates" }).getByRole("listitem");
  await expect(seasonal).toHaveCount(5);
  for (const item of await seasonal.all()) await expect(item).toContainText("Mar 1,");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page).toHaveURL(assetUrl);

  // An interval schedule: complete its first task, then edit it; only the open, future task moves.
  const start = isoInDays(5);
  await maintenance.getByRole("link", { name: "Add schedule" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Sharpen the blade");
  await page.getByLabel("Every", { exact: true }).fill("2");
  await page.getByLabel("Unit", { exact: true }).selectOption("WEEK");
  await page.getByLabel("Starting").fill(start);
  const dates = preview.getByRole("list", { name: "Next due dates" }).getByRole("listitem");
  await expect(dates).toHaveCount(5);
  await expect(dates.first()).toHaveText(shown(start));
  await expect(dates.nth(1)).toHaveText(shown(addDays(start, 14)));
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page).toHaveURL(assetUrl);

  await openTasks.getByRole("link", { name: /Sharpen the blade/ }).click();
  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
  const firstTaskUrl = page.url();
  await page.getByRole("region", { name: "Complete this task" }).getByRole("button", { name: "Mark as done" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Task completed." })).toContainText(
    `Next task: due ${shown(addDays(start, 14))}`,
  );

  await page.goto(assetUrl);
  await maintenance.getByRole("link", { name: "Edit Sharpen the blade" }).click();
  await expect(page.getByLabel("Every", { exact: true })).toHaveValue("2");
  await page.getByLabel("Every", { exact: true }).fill("3");
  await expect(dates.nth(1)).toHaveText(shown(addDays(start, 21)));
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved. 1 future task changed.")).toBeVisible();
  await expect(page).toHaveURL(assetUrl);
  await expect(openTasks.getByRole("link", { name: /Sharpen the blade/ })).toContainText(shown(addDays(start, 21)));

  // The completed task kept its date.
  await page.goto(firstTaskUrl);
  await expect(page.getByText("Done", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Details" }).getByText(shown(start))).toBeVisible();
});
