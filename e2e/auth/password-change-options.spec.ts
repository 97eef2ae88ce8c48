import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "../support/accounts";

test("changing the password revokes API tokens by default, and can sign out everywhere", async ({ page, request }) => {
  const email = uniqueEmail("pwopts");
  await signUp(page, { name: "Pat Options", email });
  await page.goto("/settings");

  // A script's token, created in Settings.
  const tokens = page.getByRole("region", { name: "API tokens" });
  await tokens.getByLabel("Token name").fill("Home Assistant");
  await tokens.getByRole("button", { name: "Create token" }).click();
  const token = await tokens.getByLabel("Your new token").inputValue();
  await tokens.getByRole("button", { name: "I have saved it" }).click();
  await expect(tokens.getByRole("list", { name: "Your API tokens" })).toContainText("Home Assistant");
  expect((await request.get("/api/account", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);

  // Default: the tokens go with the old password.
  const form = page.getByRole("region", { name: "Change password" });
  await expect(form.getByRole("checkbox", { name: /Also revoke my API tokens/ })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: /Sign out everywhere/ })).not.toBeChecked();
  const second = "a second passphrase";
  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password", { exact: true }).fill(second);
  await form.getByLabel("Repeat new password").fill(second);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Password changed. 1 API token was revoked.");
  await expect(tokens.getByText("No tokens yet.")).toBeVisible();
  expect((await request.get("/api/account", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);

  // Sign out everywhere: this browser too, straight to sign-in.
  const third = "a third passphrase";
  await form.getByLabel("Current password").fill(second);
  await form.getByLabel("New password", { exact: true }).fill(third);
  await form.getByLabel("Repeat new password").fill(third);
  await form.getByRole("checkbox", { name: /Sign out everywhere/ }).check();
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, email, third);
  await expect(page).toHaveURL(/\/dashboard$/);
});
