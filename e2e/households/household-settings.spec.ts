import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";
import { withE2eDatabase } from "../support/database";

// A browser in New Zealand: a new household takes its zone, hemisphere, currency and week from here.
test.use({ locale: "en-NZ", timezoneId: "Pacific/Auckland" });

/** Moves an account that signed up on its own into the owner's household as a plain MEMBER (no mail round trip). */
async function joinAsMember(ownerEmail: string, memberEmail: string): Promise<void> {
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ householdId: string }>(
      `SELECT "activeHouseholdId" AS "householdId" FROM "User" WHERE email = $1`,
      [ownerEmail],
    );
    const householdId = rows[0]?.householdId;
    const member = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [memberEmail]);
    const userId = member.rows[0]?.id;
    await client.query(`INSERT INTO "Membership" (id, "userId", "householdId", role) VALUES ($1, $2, $3, 'MEMBER')`, [
      randomUUID(),
      userId,
      householdId,
    ]);
    await client.query(`UPDATE "User" SET "activeHouseholdId" = $1 WHERE id = $2`, [householdId, userId]);
  });
}

function householdSection(page: Page) {
  return page.getByRole("region", { name: "Household", exact: true });
}

/** Settings asks a dozen endpoints at once; on a busy machine the section fills in after the usual ten seconds. */
async function openSettings(page: Page, reload = false) {
  if (reload) await page.reload();
  else await page.goto("/settings");
  await expect(householdSection(page).getByRole("heading", { name: "Household", exact: true })).toBeVisible();
  await expect(
    householdSection(page)
      .getByText(/^(Name|Time zone)$/)
      .first(),
  ).toBeVisible({ timeout: 30_000 });
}

test("an owner changes the household's name, zone, currency and week; a member sees them read-only; it fits 360px", async ({
  page,
  browser,
}) => {
  // Two people, two reloads and a narrow-screen pass: longer than the default minute.
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const ownerEmail = uniqueEmail("hh-owner");
  await signUp(page, { name: "Hana Owner", email: ownerEmail, household: `Bach ${suffix}` });

  await openSettings(page);
  const section = householdSection(page);
  // The defaults came from this browser.
  await expect(section.getByLabel("Time zone", { exact: true })).toHaveValue("Pacific/Auckland");
  await expect(section.getByLabel("Hemisphere")).toHaveValue("SOUTH");
  await expect(section.getByLabel("Currency")).toHaveValue("NZD");
  await expect(section.getByLabel("First day of the week")).toHaveValue("MONDAY");
  await expect(section.getByText(/Open tasks keep their due dates/)).toBeVisible();

  const name = `Lake house ${suffix}`;
  await section.getByLabel("Name").fill(name);
  await section.getByLabel("Search time zones").fill("los ang");
  const zone = section.getByLabel("Time zone", { exact: true });
  await expect(zone.getByRole("option", { name: "America/Los Angeles" })).toHaveCount(1);
  await expect(zone.getByRole("option", { name: "Europe/Paris" })).toHaveCount(0);
  await zone.selectOption("America/Los_Angeles");
  await expect(section.getByText(/Now there: .*GMT-[78]/)).toBeVisible();
  await section.getByLabel("Hemisphere").selectOption("NORTH");
  await section.getByLabel("Currency").selectOption("EUR");
  await section.getByLabel("First day of the week").selectOption("SUNDAY");
  await section.getByRole("button", { name: "Save household" }).click();
  await expect(section.getByRole("status")).toHaveText("Household settings saved.");

  await openSettings(page, true);
  await expect(section.getByLabel("Name")).toHaveValue(name);
  await expect(section.getByLabel("Time zone", { exact: true })).toHaveValue("America/Los_Angeles");
  await expect(section.getByLabel("Hemisphere")).toHaveValue("NORTH");
  await expect(section.getByLabel("Currency")).toHaveValue("EUR");
  await expect(section.getByLabel("First day of the week")).toHaveValue("SUNDAY");

  // A refused value is said beside its field, and nothing is saved.
  await section.getByLabel("Name").fill("   ");
  await section.getByRole("button", { name: "Save household" }).click();
  await expect(section.getByText("Give the household a name")).toBeVisible();
  await expect(section.getByLabel("Name")).toBeFocused();

  // The task calendar's weeks start on Sunday now.
  await page.goto("/tasks/calendar");
  await expect(page.getByRole("table").getByRole("columnheader").first()).toHaveText("Sun", { timeout: 30_000 });

  // A plain member reads the same values and cannot change them.
  const memberEmail = uniqueEmail("hh-member");
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signUp(member, { name: "Mere Member", email: memberEmail, household: `Own place ${suffix}` });
  await joinAsMember(ownerEmail, memberEmail);
  await openSettings(member);
  const readOnly = householdSection(member);
  await expect(readOnly.getByText("Only owners and admins can change them.")).toBeVisible();
  await expect(readOnly.getByText(name)).toBeVisible();
  await expect(readOnly.getByText("America/Los_Angeles")).toBeVisible();
  await expect(readOnly.getByText(/^EUR/)).toBeVisible();
  await expect(readOnly.getByText("Sunday")).toBeVisible();
  await expect(readOnly.getByRole("button", { name: "Save household" })).toHaveCount(0);
  await expect(readOnly.getByRole("textbox")).toHaveCount(0);
  await expect(readOnly.getByRole("combobox")).toHaveCount(0);
  await memberContext.close();

  // At 360px the section fits without sideways scrolling and every control is reachable by keyboard.
  await page.setViewportSize({ width: 360, height: 780 });
  await openSettings(page);
  await expect(section.getByLabel("Name")).toHaveValue(name);
  expect(await section.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const box = await section.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  await section.getByLabel("Name").focus();
  for (const label of ["Search time zones", "Time zone", "Hemisphere", "Currency", "First day of the week"]) {
    await page.keyboard.press("Tab");
    await expect(section.getByLabel(label, { exact: true })).toBeFocused();
  }
  await page.keyboard.press("Tab");
  await expect(section.getByRole("button", { name: "Save household" })).toBeFocused();
  await section.getByLabel("First day of the week").selectOption("MONDAY");
  await section.getByRole("button", { name: "Save household" }).click();
  await expect(section.getByRole("status")).toHaveText("Household settings saved.");
  await openSettings(page, true);
  await expect(section.getByLabel("First day of the week")).toHaveValue("MONDAY");
});
