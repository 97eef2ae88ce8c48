import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError, apiErrorFrom } from "./api";
import { fieldError, hasFieldErrors, splitSubmitError, zodFieldErrors } from "./form-errors";

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

describe("splitSubmitError from a problem+json answer", () => {
  const problem = (status: number, body: object) => apiErrorFrom(status, JSON.stringify(body), null);

  it("maps a 422's per-field errors beside the inputs and leaves no form message", () => {
    const error = problem(422, {
      detail: "Invalid input",
      errors: [
        { path: "title", message: "Required" },
        { path: "title", message: "Second message for the same path" },
        { path: "requirements.checklist.0.label", message: "Describe the step" },
      ],
    });
    expect(splitSubmitError(error, ["title", "requirements"])).toEqual({
      fields: { title: "Required", "requirements.checklist.0.label": "Describe the step" },
      form: null,
    });
  });

  it("joins the messages of paths the form has no input for into the form message", () => {
    const error = problem(422, {
      detail: "Invalid input",
      errors: [
        { path: "a", message: "First." },
        { path: "b", message: "Second." },
      ],
    });
    expect(splitSubmitError(error, ["name"])).toEqual({ fields: {}, form: "First. Second." });
  });

  it("puts a path-less error above the form", () => {
    const error = problem(422, { detail: "Invalid input", errors: [{ path: "", message: "Pick start and end" }] });
    expect(splitSubmitError(error, ["start", "end"])).toEqual({ fields: {}, form: "Pick start and end" });
  });

  it("falls back to the status's message when the body is not a problem", () => {
    expect(splitSubmitError(apiErrorFrom(403, "<html>", null), ["name"])).toEqual({
      fields: {},
      form: "Your role in this household does not allow this.",
    });
  });

  it("shows a 409 without field errors at the conflict field, with the detail or a given message", () => {
    const error = problem(409, { detail: "A location with this name already exists here" });
    expect(splitSubmitError(error, ["name"], { conflict: { field: "name" } })).toEqual({
      fields: { name: "A location with this name already exists here" },
      form: null,
    });
    expect(splitSubmitError(error, ["name"], { conflict: { field: "name", message: "Taken" } })).toEqual({
      fields: { name: "Taken" },
      form: null,
    });
    // Other statuses stay above the form.
    expect(splitSubmitError(problem(404, { detail: "Gone" }), ["name"], { conflict: { field: "name" } })).toEqual({
      fields: {},
      form: "Gone",
    });
  });

  it("keeps the server's own field message on a 409 that names the field", () => {
    const error = problem(409, { detail: "Conflict", errors: [{ path: "name", message: "Used by another tag" }] });
    expect(splitSubmitError(error, ["name"], { conflict: { field: "name", message: "Taken" } }).fields).toEqual({
      name: "Used by another tag",
    });
  });

  it("shows anything else thrown by its message, or a generic one", () => {
    expect(splitSubmitError(new Error("Your account was created, but signing in failed"), ["email"])).toEqual({
      fields: {},
      form: "Your account was created, but signing in failed",
    });
    expect(splitSubmitError("boom", ["email"])).toEqual({ fields: {}, form: "Something went wrong. Try again." });
    expect(splitSubmitError(new Error(""), ["email"])).toEqual({ fields: {}, form: "Something went wrong. Try again." });
  });
});

describe("fieldError", () => {
  it("prefers the list's own message, else the first item's", () => {
    expect(fieldError({ eventTypes: "Choose one", "eventTypes.2": "Unknown" }, "eventTypes")).toBe("Choose one");
    expect(fieldError({ "eventTypes.2": "Unknown", "eventTypes.3": "Also" }, "eventTypes")).toBe("Unknown");
  });

  it("does not take a sibling whose name only starts the same", () => {
    expect(fieldError({ eventTypesExtra: "No" }, "eventTypes")).toBeUndefined();
  });
});

describe("hasFieldErrors", () => {
  it("is true only when a message is present", () => {
    expect(hasFieldErrors({})).toBe(false);
    expect(hasFieldErrors({ name: "Required" })).toBe(true);
  });
});
