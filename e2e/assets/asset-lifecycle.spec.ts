import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";
import { PDF_FILE, PNG_FILE } from "../support/files";

test("an asset's life: add with photo and receipt, add a component, find, edit, archive, delete", async ({ page }) => {
  const suffix = uniqueSuffix();
  const name = `Cordless drill ${suffix}`;
  await signUp(page, { name: "Robin Lifecycle", email: uniqueEmail("lifecycle"), household: "Lifecycle home" });

  // A new household is told what to do first.
  await expect(page.getByRole("link", { name: "Create locations" })).toBeVisible();
  await page.getByRole("link", { name: "Add your first asset" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Add asset" })).toBeVisible();
  // Field-level errors come before any request.
  await page.getByRole("button", { name: "Add asset" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await expect(page.getByText("Give the asset a name")).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Manufacturer", { exact: true }).fill("Makita");
  await page.getByLabel("Model", { exact: true }).fill("DHP482");
  await page.getByLabel("Serial number", { exact: true }).fill("SN-4821");
  await page.getByLabel("Purchase date", { exact: true }).fill("2025-03-14");
  await page.getByLabel("Price", { exact: true }).fill("129.99");
  await page.getByLabel("Currency", { exact: true }).selectOption("EUR");
  const inTwoYears = new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Warranty expires on", { exact: true }).fill(inTwoYears);
  await page.getByRole("button", { name: "Add field" }).click();
  await page.getByLabel("Field 1 label", { exact: true }).fill("Colour");
  await page.getByLabel("Field 1 value", { exact: true }).fill("Teal");
  await page.getByRole("button", { name: "Add asset" }).click();

  await expect(page).toHaveURL(/\/assets\/[0-9a-f-]{36}$/);
  const assetUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const details = page.getByRole("region", { name: "Details" });
  await expect(details.getByText("€129.99")).toBeVisible();
  await expect(details.getByText("SN-4821")).toBeVisible();
  await expect(page.getByText("Under warranty").first()).toBeVisible();

  // A photo, then a receipt.
  const files = page.getByRole("region", { name: "Photos and documents" });
  await files.getByLabel("Save as", { exact: true }).selectOption("PHOTO");
  await files.getByLabel("Choose files", { exact: true }).setInputFiles(PNG_FILE);
  const photo = files.getByRole("img", { name: PNG_FILE.name });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await files.getByLabel("Save as", { exact: true }).selectOption("RECEIPT");
  await files.getByLabel("Choose files", { exact: true }).setInputFiles(PDF_FILE);
  const receipt = files.getByRole("listitem").filter({ hasText: PDF_FILE.name });
  await expect(receipt.getByRole("link", { name: PDF_FILE.name })).toHaveAttribute("href", /^\/api\/attachments\/[0-9a-f-]{36}$/);
  await expect(receipt.getByText("Receipt", { exact: true })).toBeVisible();

  // A component, added from the parent's page.
  await page.getByRole("region", { name: "Components" }).getByRole("link", { name: "Add component" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add component" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(`Battery pack ${suffix}`);
  await page.getByRole("button", { name: "Add component" }).click();
  await expect(page).toHaveURL(assetUrl);
  await expect(page.getByRole("region", { name: "Components" }).getByRole("link", { name: `Battery pack ${suffix}` })).toBeVisible();

  // Find it by searching.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assets" }).click();
  await page.getByRole("searchbox", { name: "Search assets" }).fill(`drill ${suffix}`);
  const results = page.getByRole("list", { name: "Assets" });
  await expect(results.getByRole("link")).toHaveCount(1);
  await results.getByRole("link", { name: new RegExp(name) }).click();
  await expect(page).toHaveURL(assetUrl);

  // Edit.
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Field 1 value", { exact: true })).toHaveValue("Teal");
  await page.getByLabel("Name", { exact: true }).fill(`${name} (blue)`);
  await page.getByLabel("Model", { exact: true }).fill("DHP484");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(assetUrl);
  await expect(page.getByRole("heading", { level: 1, name: `${name} (blue)` })).toBeVisible();
  await expect(details.getByText("DHP484")).toBeVisible();

  // Archive.
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("button", { name: "Restore" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Archived" })).toBeVisible();

  // Delete, answering what happens to the component.
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: /^Delete/ });
  await expect(dialog.getByText("It has 1 component. What should happen to it?")).toBeVisible();
  await dialog.getByRole("radio", { name: "Delete it too" }).check();
  await dialog.getByRole("button", { name: "Delete asset" }).click();
  await expect(page).toHaveURL(/\/assets$/);

  await page.getByRole("searchbox", { name: "Search assets" }).fill(suffix);
  await expect(page.getByText("No assets match")).toBeVisible();
  const gone = await page.request.get(assetUrl.replace("/assets/", "/api/assets/"));
  expect(gone.status()).toBe(404);
});
