import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "../support/accounts";

test("a member turns off e-mail for warranty reminders and it stays off; the owner's lead days are checked before saving", async ({
  page,
}) => {
  await signUp(page, { name: "Sam Settings", email: uniqueEmail("notif-settings") });
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Notifications" });
  const table = section.getByRole("table", { name: "What you are told about, and where" });
  const emailWarranty = table.getByRole("checkbox", { name: "Email for Warranty expiring" });

  await expect(emailWarranty).toBeChecked();
  await emailWarranty.uncheck();
  await expect(page.getByText("Email for Warranty expiring is off.")).toBeVisible();

  await page.reload();
  await expect(emailWarranty).not.toBeChecked();
  await expect(table.getByRole("checkbox", { name: "In app for Warranty expiring" })).toBeChecked();

  const leadDays = section.getByLabel("Days before a warranty ends");
  await expect(leadDays).toHaveValue("30, 14, 7, 1");
  await leadDays.fill("30, 400");
  await section.getByRole("button", { name: "Save reminders" }).click();
  await expect(section.getByText("Each day must be between 0 and 365")).toBeVisible();
  await expect(leadDays).toHaveAttribute("aria-invalid", "true");
  await leadDays.fill("3, 60");
  await section.getByRole("button", { name: "Save reminders" }).click();
  await expect(page.getByText("Warranty reminders saved.")).toBeVisible();
  await page.reload();
  await expect(leadDays).toHaveValue("60, 3");
});
