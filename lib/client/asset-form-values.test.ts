import { describe, expect, it } from "vitest";
import { ApiError } from "./api";
import { assetSubmitErrors, emptyAssetForm, formToPayload, newRowKey, payloadErrorsToForm } from "./asset-form-values";

describe("formToPayload", () => {
  it("turns inputs into the API payload", () => {
    const result = formToPayload(
      { ...emptyAssetForm("0196b0a0-0000-7000-8000-000000000001"), name: " Drill ", price: "129.99", manufacturer: " ", quantity: "2" },
      "EUR",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.payload).toMatchObject({
      name: " Drill ",
      priceMinor: 12999,
      currency: "EUR",
      manufacturer: null,
      quantity: 2,
      parentId: "0196b0a0-0000-7000-8000-000000000001",
      sharedWithUserIds: [],
    });
  });

  it("drops the warranty date when the warranty is for life and keeps no currency without a price", () => {
    const result = formToPayload({ ...emptyAssetForm(), name: "Pan", warrantyLifetime: true, warrantyExpiresOn: "2027-01-01" }, "USD");
    expect(result.ok && result.payload.warrantyExpiresOn).toBeNull();
    expect(result.ok && result.payload.currency).toBeNull();
  });

  it("reports field errors under the inputs' names, custom fields by row", () => {
    const row = { key: newRowKey(), label: "", value: "blue" };
    const result = formToPayload(
      { ...emptyAssetForm(), name: "", price: "12.345", customFields: [row], purchaseDate: "31/12/2025" },
      "USD",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: "Give the asset a name",
      price: "Enter an amount like 12.99",
      purchaseDate: "Use a date like 2026-05-31",
      [`customFields.${row.key}.label`]: "Give the field a label",
    });
  });

  it("skips empty custom-field rows and only shares SHARED assets", () => {
    const result = formToPayload(
      {
        ...emptyAssetForm(),
        name: "TV",
        customFields: [{ key: newRowKey(), label: " ", value: "" }],
        visibility: "PRIVATE",
        sharedWithUserIds: ["0196b0a0-0000-7000-8000-000000000002"],
      },
      "USD",
    );
    expect(result.ok && result.payload.customFields).toEqual([]);
    expect(result.ok && result.payload.sharedWithUserIds).toEqual([]);
  });
});

describe("payloadErrorsToForm", () => {
  it("maps a 422's paths onto inputs and keeps the rest for the form", () => {
    const blank = { key: newRowKey(), label: "", value: "" };
    const kept = { key: newRowKey(), label: "Size", value: "XL" };
    const values = { ...emptyAssetForm(), customFields: [blank, kept] };
    expect(
      payloadErrorsToForm(
        { priceMinor: "Too big", "customFields.0.value": "Too long", locationId: "Unknown location", "": "Odd", parentId: "Cycle" },
        values,
      ),
    ).toEqual({ price: "Too big", [`customFields.${kept.key}.value`]: "Too long", locationId: "Unknown location", _form: "Odd Cycle" });
  });
});

describe("assetSubmitErrors", () => {
  it("puts a 422 beside the inputs and says so above the form", () => {
    const row = { key: newRowKey(), label: "Size", value: "XL" };
    const values = { ...emptyAssetForm(), customFields: [row] };
    const error = new ApiError(422, "VALIDATION", "Invalid input", { name: "Required", "customFields.0.label": "Too long" });
    expect(assetSubmitErrors(error, values)).toEqual({
      fields: { name: "Required", [`customFields.${row.key}.label`]: "Too long" },
      form: "Some fields need attention.",
    });
  });

  it("shows paths without an input as the form message", () => {
    const error = new ApiError(422, "VALIDATION", "Invalid input", { parentId: "Cycle" });
    expect(assetSubmitErrors(error, emptyAssetForm())).toEqual({ fields: {}, form: "Cycle" });
  });

  it("shows any other failure by its message", () => {
    expect(assetSubmitErrors(new ApiError(403, "FORBIDDEN", "Not yours"), emptyAssetForm())).toEqual({ fields: {}, form: "Not yours" });
  });
});
