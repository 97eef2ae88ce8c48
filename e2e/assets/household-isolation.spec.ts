import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";

test("another household can neither find nor open an asset", async ({ browser }) => {
  const secret = `Grandma's ring ${uniqueSuffix()}`;

  const first = await browser.newContext();
  const owner = await first.newPage();
  await signUp(owner, { name: "Ada First", email: uniqueEmail("first"), household: "First home" });
  await owner.goto("/assets/new");
  await owner.getByLabel("Name").fill(secret);
  await owner.getByRole("button", { name: "Add asset" }).click();
  await expect(owner).toHaveURL(/\/assets\/[0-9a-f-]{36}$/);
  const assetPath = new URL(owner.url()).pathname;

  const second = await browser.newContext();
  const stranger = await second.newPage();
  await signUp(stranger, { name: "Bo Second", email: uniqueEmail("second"), household: "Second home" });

  await stranger.goto("/assets");
  await stranger.getByRole("searchbox", { name: "Search assets" }).fill(secret);
  await expect(stranger.getByText("No assets match")).toBeVisible();

  const response = await stranger.goto(assetPath);
  expect(response?.status()).toBe(404);
  await expect(stranger.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(stranger.getByText(secret)).toHaveCount(0);
  expect((await stranger.request.get(`/api${assetPath}`)).status()).toBe(404);

  // The owner still sees it.
  await owner.reload();
  await expect(owner.getByRole("heading", { level: 1, name: secret })).toBeVisible();

  await first.close();
  await second.close();
});
