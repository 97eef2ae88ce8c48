import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors/app-error";
import { decodeAssetCursor, encodeAssetCursor, type AssetCursor, type TAssetSort } from "./asset-cursor";

const id = "0195f0c2-7a3e-7c1a-9b1e-3c4d5e6f7a8b";

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("asset cursors", () => {
  it.each<AssetCursor>([
    { sort: "createdAt", order: "desc", key: "2026-01-02T03:04:05.678Z", id },
    { sort: "name", order: "asc", key: 'Drill "Pro" / 50% ✓', id },
    { sort: "price", order: "desc", key: "9007199254740991", id },
    { sort: "warrantyExpiresOn", order: "asc", key: null, id },
  ])("round-trips $sort $order", (cursor) => {
    const encoded = encodeAssetCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAssetCursor(encoded, cursor.sort, cursor.order)).toEqual(cursor);
  });

  it("refuses a cursor made for another sort or order", () => {
    const encoded = encodeAssetCursor({ sort: "name", order: "asc", key: "a", id });
    expect(errorOf(() => decodeAssetCursor(encoded, "name", "desc")).fieldErrors?.[0]?.path).toBe("cursor");
    expect(errorOf(() => decodeAssetCursor(encoded, "createdAt", "asc")).code).toBe("VALIDATION");
  });

  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  it.each<[string, TAssetSort]>([
    ["", "name"],
    ["not-base64-json", "name"],
    [encode({}), "name"],
    [encode(["name", "asc", "a", "not-a-uuid"]), "name"],
    [encode(["price", "asc", "1e3", id]), "price"],
    [encode(["purchaseDate", "asc", "2026-02-30", id]), "purchaseDate"],
    [encode(["name", "asc", null, id]), "name"],
  ])("refuses damaged cursor %j with a 422 on the cursor field", (raw, sort) => {
    const error = errorOf(() => decodeAssetCursor(raw, sort, "asc"));
    expect(error.status).toBe(422);
    expect(error.fieldErrors?.[0]?.path).toBe("cursor");
  });
});
