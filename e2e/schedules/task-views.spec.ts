import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";

/** "YYYY-MM-DD" n days from the test machine's today (UTC); offsets stay clear of time-zone edges. */
function isoInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** As the app formats calendar dates (the browser runs en-US). */
const shown = (date: string) =>
  new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
    Date.parse(`${date}T00:00:00Z`),
  );

/** Creates a record through the API with the signed-in session, returning its id. */
async function create(page: Page, path: string, body: Record<string, unknown>): Promise<string> {
  const result = await page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(path, {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { id?: string; schedule?: { id: string } } };
    },
    { path, body },
  );
  expect(result.status, `${path} ${JSON.stringify(result.body)}`).toBe(201);
  const id = result.body.id ?? result.body.schedule?.id;
  expect(id).toBeTruthy();
  return id ?? "";
}

test("task views: by asset in urgency order, an asset filter kept in the URL, and moving an occurrence and back", async ({ page }) => {
  const suffix = uniqueSuffix();
  const names = { house: `House ${suffix}`, boiler: `Boiler ${suffix}`, bike: `Bike ${suffix}` };
  const titles = { bleed: `Bleed radiators ${suffix}`, chain: `Oil the chain ${suffix}`, gutters: `Clean gutters ${suffix}` };
  const planned = isoInDays(20);
  await signUp(page, { name: "Vic Views", email: uniqueEmail("views"), household: "Views home" });

  // The boiler is a component of the house; its task comes from a schedule (so it can be rescheduled).
  const house = await create(page, "/api/assets", { name: names.house });
  const boiler = await create(page, "/api/assets", { name: names.boiler, parentId: house });
  const bike = await create(page, "/api/assets", { name: names.bike });
  await create(page, "/api/advanced-schedules", {
    title: titles.bleed,
    assetId: boiler,
    rule: { kind: "INTERVAL", every: 1, unit: "MONTH", anchor: "FIXED", startDate: planned },
  });
  await create(page, "/api/tasks", { title: titles.chain, assetId: bike, plannedOn: isoInDays(-3) });
  // The chore is due before the boiler's task, yet "No asset" still comes last.
  await create(page, "/api/tasks", { title: titles.gutters, plannedOn: isoInDays(5) });

  // By asset: the overdue bike first, then the boiler (with its parent), then the chores.
  await page.goto("/tasks");
  await page.getByRole("tab", { name: "By asset" }).click();
  await expect(page).toHaveURL(/\/tasks\?view=byAsset$/);
  const panel = page.getByRole("tabpanel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText([names.bike, names.boiler, "No asset"]);
  const bikeGroup = panel.getByRole("list", { name: names.bike });
  await expect(bikeGroup.getByRole("link", { name: new RegExp(titles.chain) })).toContainText("Overdue by 3 days");
  await expect(panel.getByRole("list", { name: names.boiler }).getByRole("link", { name: new RegExp(titles.bleed) })).toBeVisible();
  await expect(panel.getByText(`Part of ${names.house}`)).toBeVisible();
  await expect(panel.getByRole("list", { name: "No asset" }).getByRole("link", { name: new RegExp(titles.gutters) })).toBeVisible();
  await panel.getByRole("link", { name: names.bike, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: names.bike })).toBeVisible();

  // The asset filter narrows Household to the bike, and a reload keeps it.
  await page.goto("/tasks?view=household");
  const household = page.getByRole("list", { name: "Household" });
  await expect(household.getByRole("listitem")).toHaveCount(3);
  await page.getByLabel("Asset", { exact: true }).selectOption({ label: names.bike });
  await expect(page).toHaveURL(new RegExp(`view=household&assetId=${bike}$`));
  await expect(household.getByRole("listitem")).toHaveCount(1);
  await expect(household.getByRole("link", { name: new RegExp(titles.chain) })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Asset", { exact: true })).toHaveValue(bike);
  await expect(page.getByRole("tab", { name: "Household" })).toHaveAttribute("aria-selected", "true");
  await expect(household.getByRole("listitem")).toHaveCount(1);
  // Components are listed under their parent's path.
  await expect(page.getByLabel("Asset", { exact: true }).getByRole("option", { name: `${names.house} › ${names.boiler}` })).toBeAttached();

  // From the asset page, the link opens the task list with the filter preset.
  await page.goto(`/assets/${boiler}`);
  await page.getByRole("link", { name: "All tasks of this asset" }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks\\?view=household&assetId=${boiler}$`));
  await expect(page.getByLabel("Asset", { exact: true })).toHaveValue(boiler);
  await expect(household.getByRole("listitem")).toHaveCount(1);

  // Move the boiler's occurrence, then put it back on the planned date.
  await household.getByRole("link", { name: new RegExp(titles.bleed) }).click();
  await expect(page.getByRole("heading", { level: 1, name: titles.bleed })).toBeVisible();
  const details = page.getByRole("region", { name: "Details" });
  await expect(details).toContainText(shown(planned));
  await page.getByRole("button", { name: "Reschedule" }).click();
  const dialog = page.getByRole("dialog", { name: "Reschedule this task" });
  await expect(dialog.getByRole("button", { name: /Back to the planned date/ })).toHaveCount(0);
  const moved = isoInDays(25);
  await dialog.getByLabel("New date").fill(moved);
  await dialog.getByRole("button", { name: "Move" }).click();
  await expect(dialog).toBeHidden();
  await expect(details.getByText("Moved to")).toBeVisible();
  await expect(details).toContainText(shown(moved));

  await page.getByRole("button", { name: "Reschedule" }).click();
  await expect(dialog).toContainText(`Already moved to ${shown(moved)}`);
  await dialog.getByRole("button", { name: `Back to the planned date (${shown(planned)})` }).click();
  await expect(dialog).toBeHidden();
  await expect(details.getByText("Moved to")).toHaveCount(0);
  await expect(details).toContainText(shown(planned));
  await expect(details).not.toContainText(shown(moved));
});
