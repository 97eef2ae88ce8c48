import { expect, type Page } from "@playwright/test";

export const PASSWORD = "correct horse battery staple";

/** An address no earlier run has used, so tests never depend on database state. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

/** A short suffix to make names unique per run (search must find exactly this run's rows). */
export function uniqueSuffix(): string {
  return Math.random().toString(36).slice(2, 8);
}

export async function signUp(
  page: Page,
  { name, email, password = PASSWORD, household }: { name: string; email: string; password?: string; household?: string },
) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  if (household) await page.getByLabel("Household name").fill(household);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: `Hello, ${name.split(" ")[0]}` })).toBeVisible();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
