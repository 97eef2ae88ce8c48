import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "./api";
import { splitSubmitError, zodFieldErrors } from "./form-errors";

describe("zodFieldErrors", () => {
  it("keys messages by dotted path", () => {
    const schema = z.object({
      name: z.string().min(1, { message: "Required" }),
      rows: z.array(z.object({ label: z.string().min(1, { message: "Label" }) })),
    });
    const result = schema.safeParse({ name: "", rows: [{ label: "ok" }, { label: "" }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(zodFieldErrors(result.error)).toEqual({ name: "Required", "rows.1.label": "Label" });
  });
});

describe("splitSubmitError", () => {
  it("puts known fields beside inputs and the rest above the form", () => {
    const error = new ApiError(422, "VALIDATION", "Invalid", { email: "Taken", "customFields.0.label": "Label", weird: "Odd" });
    expect(splitSubmitError(error, ["email", "customFields"])).toEqual({
      fields: { email: "Taken", "customFields.0.label": "Label" },
      form: "Odd",
    });
  });

  it("uses the problem detail when there are no field errors", () => {
    expect(splitSubmitError(new ApiError(409, "CONFLICT", "Email taken"), ["email"])).toEqual({ fields: {}, form: "Email taken" });
  });
});
