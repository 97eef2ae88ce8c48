import { describe, expect, it } from "vitest";
import { apiErrorFrom, fieldErrorMap, withQuery } from "./api";

describe("apiErrorFrom", () => {
  it("turns problem+json into a message, code and field errors by path", () => {
    const body = JSON.stringify({
      type: "https://dumbassets.dev/problems/validation",
      title: "Unprocessable Content",
      status: 422,
      detail: "The request has invalid fields.",
      code: "VALIDATION",
      errors: [
        { path: "name", message: "Give the asset a name" },
        { path: "customFields.0.label", message: "Give the field a label" },
        { path: "name", message: "second message is ignored" },
      ],
    });
    const error = apiErrorFrom(422, body, null);
    expect(error.status).toBe(422);
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("The request has invalid fields.");
    expect(error.fieldErrors).toEqual({ name: "Give the asset a name", "customFields.0.label": "Give the field a label" });
    expect(error.hasFieldErrors).toBe(true);
  });

  it("falls back to a status message for bodies that are not problems", () => {
    const error = apiErrorFrom(502, "<html>Bad gateway</html>", null);
    expect(error.code).toBe("HTTP_502");
    expect(error.message).toMatch(/went wrong on our side/);
    expect(apiErrorFrom(413, "", null).message).toBe("The file is too large.");
  });

  it("reads Retry-After", () => {
    expect(apiErrorFrom(429, "{}", "30").retryAfterSeconds).toBe(30);
  });
});

describe("helpers", () => {
  it("maps form-level errors (empty path) to _form", () => {
    expect(fieldErrorMap([{ path: "", message: "Bad" }])).toEqual({ _form: "Bad" });
  });

  it("skips empty query values", () => {
    expect(withQuery("/api/assets", { q: "drill", tagId: "", limit: 20, cursor: undefined })).toBe("/api/assets?q=drill&limit=20");
    expect(withQuery("/api/x?a=1", { b: true })).toBe("/api/x?a=1&b=true");
  });
});
