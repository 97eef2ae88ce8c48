/**
 * The asset form's state (strings, as inputs hold them) and its conversion to the
 * API payload. Kept free of React so the conversion is unit-tested.
 */
import { ZCreateAsset, type TAssetOut, type TCreateAsset } from "@/lib/assets/schemas";
import { minorToInput, parseMoneyToMinor } from "@/lib/client/format";
import { ApiError, errorMessage } from "@/lib/client/api";
import { zodFieldErrors, type FieldErrors, type SubmitErrors } from "@/lib/client/form-errors";

export interface CustomFieldRow {
  key: string;
  label: string;
  value: string;
}

export interface AssetFormValues {
  name: string;
  description: string;
  category: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  purchaseDate: string;
  price: string;
  /** Empty means the household's currency. */
  currency: string;
  vendor: string;
  locationId: string;
  notes: string;
  quantity: string;
  status: TAssetOut["status"];
  warrantyExpiresOn: string;
  warrantyLifetime: boolean;
  secondaryWarrantyLabel: string;
  secondaryWarrantyExpiresOn: string;
  customFields: CustomFieldRow[];
  tagIds: string[];
  visibility: TAssetOut["visibility"];
  sharedWithUserIds: string[];
  parentId: string | null;
}

let rowCounter = 0;
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function emptyAssetForm(parentId: string | null = null): AssetFormValues {
  return {
    name: "",
    description: "",
    category: "",
    manufacturer: "",
    model: "",
    serialNumber: "",
    purchaseDate: "",
    price: "",
    currency: "",
    vendor: "",
    locationId: "",
    notes: "",
    quantity: "1",
    status: "ACTIVE",
    warrantyExpiresOn: "",
    warrantyLifetime: false,
    secondaryWarrantyLabel: "",
    secondaryWarrantyExpiresOn: "",
    customFields: [],
    tagIds: [],
    visibility: "HOUSEHOLD",
    sharedWithUserIds: [],
    parentId,
  };
}

export function assetToForm(asset: TAssetOut): AssetFormValues {
  const currency = asset.currency ?? "";
  return {
    name: asset.name,
    description: asset.description ?? "",
    category: asset.category ?? "",
    manufacturer: asset.manufacturer ?? "",
    model: asset.model ?? "",
    serialNumber: asset.serialNumber ?? "",
    purchaseDate: asset.purchaseDate ?? "",
    price: asset.priceMinor === null ? "" : minorToInput(asset.priceMinor, currency || "USD"),
    currency,
    vendor: asset.vendor ?? "",
    locationId: asset.location?.id ?? "",
    notes: asset.notes ?? "",
    quantity: String(asset.quantity),
    status: asset.status,
    warrantyExpiresOn: asset.warrantyExpiresOn ?? "",
    warrantyLifetime: asset.warrantyLifetime,
    secondaryWarrantyLabel: asset.secondaryWarrantyLabel ?? "",
    secondaryWarrantyExpiresOn: asset.secondaryWarrantyExpiresOn ?? "",
    customFields: asset.customFields.map((f) => ({ key: newRowKey(), ...f })),
    tagIds: asset.tags.map((t) => t.id),
    visibility: asset.visibility,
    sharedWithUserIds: asset.sharedWithUserIds,
    parentId: asset.parentId,
  };
}

const blankToNull = (value: string) => (value.trim() ? value.trim() : null);

/** Field names the API reports, mapped to the inputs that show them. */
const ERROR_FIELD: Record<string, string> = { priceMinor: "price" };
/** Inputs that show their own error; the others' errors go above the submit button. */
const NO_ERROR_SLOT = new Set(["parentId", "visibility", "warrantyLifetime", "customFields"]);
const FORM_FIELDS = new Set(Object.keys(emptyAssetForm()).filter((f) => !NO_ERROR_SLOT.has(f)));

/**
 * Moves errors keyed by payload paths (from zod or a 422) onto the form's inputs:
 * priceMinor → price, customFields.<index of kept rows> → customFields.<row key>.
 * Paths no input shows are returned under "_form".
 */
export function payloadErrorsToForm(errors: FieldErrors, values: AssetFormValues): FieldErrors {
  const keptRows = values.customFields.filter((f) => f.label.trim() || f.value.trim());
  const mapped: FieldErrors = {};
  const stray: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const [root = "", ...rest] = path.split(".");
    const field = ERROR_FIELD[root] ?? root;
    const row = root === "customFields" && rest.length === 2 ? keptRows[Number(rest[0])] : undefined;
    if (row) mapped[`customFields.${row.key}.${rest[1]}`] ??= message;
    else if (FORM_FIELDS.has(field)) mapped[field] ??= message;
    else stray.push(message);
  }
  if (stray.length > 0) mapped._form = stray.join(" ");
  return mapped;
}

/**
 * A failed save as the form shows it: custom-field rows are keyed in the form but indexed
 * in the payload, so the server's paths are translated back; with field errors the form
 * message says so even when every one of them sits beside its input.
 */
export function assetSubmitErrors(error: unknown, values: AssetFormValues): SubmitErrors {
  if (!(error instanceof ApiError && error.hasFieldErrors)) return { fields: {}, form: errorMessage(error) };
  const { _form: stray, ...fields } = payloadErrorsToForm(error.fieldErrors, values);
  return { fields, form: stray ?? "Some fields need attention." };
}

/** Builds the payload, or the field errors that stop it (same messages as the server). */
export function formToPayload(
  values: AssetFormValues,
  householdCurrency: string,
): { ok: true; payload: TCreateAsset } | { ok: false; errors: FieldErrors } {
  const currency = values.currency || householdCurrency;
  const priceMinor = parseMoneyToMinor(values.price, currency);
  const quantity = values.quantity.trim() === "" ? 1 : Number(values.quantity);
  const payload: TCreateAsset = {
    name: values.name,
    description: blankToNull(values.description),
    category: blankToNull(values.category),
    manufacturer: blankToNull(values.manufacturer),
    model: blankToNull(values.model),
    serialNumber: blankToNull(values.serialNumber),
    purchaseDate: blankToNull(values.purchaseDate),
    priceMinor: priceMinor ?? null,
    currency: priceMinor != null || values.currency ? currency : null,
    vendor: blankToNull(values.vendor),
    locationId: values.locationId || null,
    notes: blankToNull(values.notes),
    quantity,
    status: values.status,
    warrantyExpiresOn: values.warrantyLifetime ? null : blankToNull(values.warrantyExpiresOn),
    warrantyLifetime: values.warrantyLifetime,
    secondaryWarrantyLabel: blankToNull(values.secondaryWarrantyLabel),
    secondaryWarrantyExpiresOn: blankToNull(values.secondaryWarrantyExpiresOn),
    customFields: values.customFields.filter((f) => f.label.trim() || f.value.trim()).map((f) => ({ label: f.label, value: f.value })),
    tagIds: values.tagIds,
    parentId: values.parentId,
    visibility: values.visibility,
    sharedWithUserIds: values.visibility === "SHARED" ? values.sharedWithUserIds : [],
  };
  const errors: FieldErrors = {};
  if (priceMinor === undefined) errors.price = "Enter an amount like 12.99";
  if (!Number.isInteger(quantity) || quantity < 1) errors.quantity = "Use a whole number, 1 or more";
  const parsed = ZCreateAsset.safeParse(payload);
  if (!parsed.success) {
    for (const [field, message] of Object.entries(payloadErrorsToForm(zodFieldErrors(parsed.error), values))) errors[field] ??= message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, payload };
}
