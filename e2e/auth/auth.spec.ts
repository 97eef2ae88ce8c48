import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "../support/accounts";

test("sign up, sign out, wrong password, sign in, and a password change signs out other sessions", async ({ browser }) => {
  const email = uniqueEmail("auth");
  const laptop = await browser.newContext();
  const page = await laptop.newPage();

  await signUp(page, { name: "Sam Auth", email });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("region", { name: "Profile" }).getByText(email)).toBeVisible();
  await page.getByRole("region", { name: "Profile" }).getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Signed out means signed out: the app sends us back to sign in.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, email, "not the password");
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);

  // A second device of the same user.
  const phone = await browser.newContext();
  const other = await phone.newPage();
  await signIn(other, email);
  await expect(other).toHaveURL(/\/dashboard$/);

  const newPassword = "a brand new passphrase";
  await page.goto("/settings");
  const form = page.getByRole("region", { name: "Change password" });
  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Repeat new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Password changed. 1 other session was signed out.");

  // The other device is out; the old password no longer works, the new one does.
  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/sign-in/);
  await signIn(other, email);
  await expect(other.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible();
  await signIn(other, email, newPassword);
  await expect(other).toHaveURL(/\/dashboard$/);

  // The device that changed it stays signed in.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  await laptop.close();
  await phone.close();
});
