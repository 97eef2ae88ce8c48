import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "../support/accounts";
import { notifyBody, startE2eAppriseApi, type FakeAppriseApi } from "../support/apprise-api";

const TELEGRAM_URL = "tgram://123456:e2e-secret-token/42";
const DISCORD_URL = "discord://webhook-id/e2e-house-secret";

let apprise: FakeAppriseApi;

test.beforeAll(async () => {
  apprise = await startE2eAppriseApi();
});

test.afterAll(async () => {
  await apprise.close();
});

test("a member adds Apprise URLs, sees them masked, is refused a private host on the field, tests them, and deletes one", async ({
  page,
}) => {
  await signUp(page, { name: "Ada Apprise", email: uniqueEmail("apprise") });
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Apprise", exact: true });
  const mine = section.getByRole("region", { name: "My Apprise URLs" });
  await expect(mine.getByText("No Apprise URLs of yours yet.")).toBeVisible();
  // The notification table says Apprise needs a URL, and leads here.
  const hint = page.getByRole("region", { name: "Notifications" }).getByRole("link", { name: "Add an Apprise URL" });
  await expect(hint).toBeVisible();

  await mine.getByRole("button", { name: "Add my URL" }).click();
  const dialog = page.getByRole("dialog", { name: "Add an Apprise URL" });
  const urlField = dialog.getByLabel("Apprise URL", { exact: true });
  await expect(urlField).toBeFocused();
  await expect(dialog.getByRole("link", { name: /Apprise URL formats/ })).toHaveAttribute("href", "https://github.com/caronc/apprise/wiki");

  // The server refuses a URL that would make Apprise call a private address; the message is on the field.
  await urlField.fill("json://10.0.0.5/");
  await dialog.getByLabel("Name", { exact: true }).fill("Home server");
  await dialog.getByRole("button", { name: "Add URL" }).click();
  await expect(urlField).toHaveAttribute("aria-invalid", "true");
  await expect(urlField).toHaveAccessibleDescription(/Apprise would connect to 10\.0\.0\.5 for this json:\/\/ URL/);
  await expect(urlField).toBeFocused();

  await urlField.fill(TELEGRAM_URL);
  await dialog.getByLabel("Name", { exact: true }).fill("My Telegram");
  await dialog.getByRole("button", { name: "Add URL" }).click();
  await expect(dialog).toBeHidden();
  const telegram = mine.getByRole("listitem").filter({ hasText: "My Telegram" });
  await expect(telegram).toContainText("tgram://…");
  await expect(hint).toBeHidden();

  // An owner may add one for the whole household too.
  const household = section.getByRole("region", {
    name: "Household Apprise URLs",
  });
  await household.getByRole("button", { name: "Add household URL" }).click();
  await expect(dialog.getByRole("radio", { name: /The household/ })).toBeChecked();
  await dialog.getByLabel("Apprise URL", { exact: true }).fill(DISCORD_URL);
  await dialog.getByLabel("Name", { exact: true }).fill("Family Discord");
  await dialog.getByRole("button", { name: "Add URL" }).click();
  await expect(household.getByRole("listitem").filter({ hasText: "Family Discord" })).toContainText("discord://…");

  // The tokens never come back to the page once saved, not even after a reload.
  await page.reload();
  await expect(telegram).toBeVisible();
  expect(await page.content()).not.toContain("e2e-secret-token");
  expect(await page.content()).not.toContain("e2e-house-secret");

  // A test reaches the (stand-in) Apprise API server with the full URL, and the page says so.
  await telegram.getByRole("button", { name: "Send test notification to My Telegram" }).click();
  await expect(telegram.getByText("Test notification sent to “My Telegram”. Apprise API answered 200.")).toBeVisible();
  expect(apprise.received).toHaveLength(1);
  expect(apprise.received[0]?.path).toBe("/notify");
  expect(notifyBody(apprise.received[0]!)).toMatchObject({
    urls: [TELEGRAM_URL],
    title: "DumbAssets test notification",
    type: "info",
  });

  await section.getByRole("button", { name: "Send test notification to all" }).click();
  await expect(section.getByText("Test notification sent to all your Apprise URLs. Apprise API answered 200.")).toBeVisible();
  expect(notifyBody(apprise.received[1]!).urls.sort()).toEqual([DISCORD_URL, TELEGRAM_URL].sort());

  // When Apprise cannot deliver, the failure is shown, with the URL Apprise echoed masked.
  apprise.reply = { status: 424, body: `could not notify ${TELEGRAM_URL}` };
  await telegram.getByRole("button", { name: "Send test notification to My Telegram" }).click();
  await expect(
    telegram.getByText("Test notification to “My Telegram” failed: The Apprise API server answered 424: could not notify tgram://…"),
  ).toBeVisible();
  expect(await page.content()).not.toContain("e2e-secret-token");
  apprise.reply = { status: 200, body: "" };

  await telegram.getByRole("button", { name: "Delete My Telegram" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete “My Telegram”?" });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirm.getByRole("button", { name: "Delete URL" }).click();
  await expect(confirm).toBeHidden();
  await expect(mine.getByText("No Apprise URLs of yours yet.")).toBeVisible();
  await expect(household.getByRole("listitem").filter({ hasText: "Family Discord" })).toBeVisible();
});
