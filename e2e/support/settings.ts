import { expect, type Page } from "@playwright/test";

/**
 * Opens Settings and waits until every section has loaded. A dozen sections fill in at
 * different moments and push the ones below them down, so a click aimed before then can
 * land on whatever moved into its place.
 */
export async function openSettings(page: Page): Promise<void> {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.locator("main .animate-pulse")).toHaveCount(0, { timeout: 30_000 });
}
