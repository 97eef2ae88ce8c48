import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";

test("schedule controls: pause, resume and delete a household chore", async ({ page }) => {
  const title = `Water the plants ${uniqueSuffix()}`;
  await signUp(page, { name: "Pat Controls", email: uniqueEmail("controls"), household: "Controls home" });

  // An interval chore with an estimate, a priority and a blackout range.
  await page.goto("/schedules/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Every", { exact: true }).fill("2");
  await page.getByLabel("Unit").selectOption("WEEK");
  await page.getByLabel("Estimated duration (minutes)").fill("15");
  await page.getByLabel("Priority").selectOption("HIGH");
  await page.getByRole("button", { name: "Add blackout" }).click();
  await page.getByLabel("Blackout 1 from").fill("2030-12-20");
  await page.getByLabel("Blackout 1 to").fill("2030-12-10");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page.getByText("Ends before it starts")).toBeVisible();
  await page.getByLabel("Blackout 1 to").fill("2031-01-06");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page).toHaveURL(/\/schedules$/);

  const row = page.getByRole("list", { name: "Schedules" }).getByRole("listitem").filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row.getByText("Paused", { exact: true })).toHaveCount(0);

  await row.getByRole("button", { name: `Pause ${title}` }).click();
  await expect(row.getByText("Paused", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Resume ${title}` })).toBeVisible();

  // The edit page shows the same state and keeps the saved fields.
  await row.getByRole("link", { name: `Edit ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit schedule" })).toBeVisible();
  await expect(page.getByText("Paused", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Estimated duration (minutes)")).toHaveValue("15");
  await expect(page.getByLabel("Priority")).toHaveValue("HIGH");
  await expect(page.getByLabel("Blackout 1 to")).toHaveValue("2031-01-06");
  await page.getByRole("button", { name: `Resume ${title}` }).click();
  await expect(page.getByRole("button", { name: `Pause ${title}` })).toBeVisible();
  await expect(page.getByText("Paused", { exact: true })).toHaveCount(0);

  // Delete asks first; cancelling keeps it.
  await page.getByRole("button", { name: `Delete ${title}` }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “${title}”?` });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: `Delete ${title}` }).click();
  await dialog.getByRole("button", { name: "Delete schedule" }).click();
  await expect(page).toHaveURL(/\/schedules$/);
  await expect(page.getByText("No schedules yet")).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
});

test("schedule controls: deleting a schedule others wait for is refused with the server's reason", async ({ page }) => {
  const suffix = uniqueSuffix();
  const first = `Pressure-wash the deck ${suffix}`;
  const then = `Re-seal the deck ${suffix}`;
  await signUp(page, { name: "Pat Depends", email: uniqueEmail("depends"), household: "Deck home" });

  await page.goto("/schedules/new");
  await page.getByLabel("Title", { exact: true }).fill(first);
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page).toHaveURL(/\/schedules$/);

  // The re-sealing waits for the washing, two days later.
  await page.goto("/schedules/new");
  await page.getByLabel("Title", { exact: true }).fill(then);
  await page.getByLabel("Repeats").selectOption("AFTER_SCHEDULE");
  await page.getByLabel("After", { exact: true }).selectOption({ label: first });
  await page.getByLabel("Days later").fill("2");
  await page.getByRole("button", { name: "Create schedule" }).click();
  await expect(page).toHaveURL(/\/schedules$/);

  // The dependent's rule names the first schedule, so rows are told apart by their title link.
  const schedules = page.getByRole("list", { name: "Schedules" });
  const row = schedules.getByRole("listitem").filter({ has: page.getByRole("link", { name: first, exact: true }) });
  await expect(schedules.getByRole("listitem").filter({ has: page.getByRole("link", { name: then, exact: true }) })).toContainText(
    `2 days after “${first}” is completed`,
  );
  await row.getByRole("button", { name: `Delete ${first}` }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “${first}”?` });
  await dialog.getByRole("button", { name: "Delete schedule" }).click();
  await expect(dialog.getByText("The schedule was not deleted")).toBeVisible();
  await expect(dialog.getByText(`Other schedules wait for this one: ${then}. Change them first.`)).toBeVisible();

  // Nothing was deleted: closing the dialog leaves both schedules listed.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toBeVisible();
  await expect(schedules.getByRole("listitem")).toHaveCount(2);
});
