import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problemBody, problemResponse } from "@/lib/server/api/problem";
import { AppError } from "./app-error";
import { toAppError } from "./to-app-error";

describe("toAppError", () => {
  it("maps zod issues to 422 with dotted field paths", () => {
    const result = z.object({ a: z.object({ b: z.string() }) }).safeParse({ a: { b: 1 } });
    const error = toAppError(result.error);
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual([{ path: "a.b", message: expect.any(String) }]);
  });

  it("maps Prisma's unique and missing-record codes to 409 and 404", () => {
    expect(toAppError(Object.assign(new Error("x"), { code: "P2002" })).status).toBe(409);
    expect(toAppError(Object.assign(new Error("x"), { code: "P2025" })).status).toBe(404);
  });

  it("hides unknown errors behind an opaque 500", () => {
    const error = toAppError(new Error("connection string postgres://secret@db"));
    expect(error.status).toBe(500);
    expect(error.message).not.toContain("secret");
  });
});

describe("problem+json", () => {
  it("follows RFC 9457 and adds code, errors and Retry-After", async () => {
    const error = new AppError("RATE_LIMITED", "Slow down", { retryAfterSeconds: 42 });
    expect(problemBody(error)).toEqual({
      type: "https://dumbassets.dev/problems/rate-limited",
      title: "Too Many Requests",
      status: 429,
      detail: "Slow down",
      code: "RATE_LIMITED",
    });
    const response = problemResponse(error);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("retry-after")).toBe("42");
    expect(await response.json()).toMatchObject({ status: 429 });
  });
});

describe("the database's data errors", () => {
  const adapterError = (prismaCode: string, sqlState: string) =>
    Object.assign(new Error("Database error"), {
      code: prismaCode,
      meta: { driverAdapterError: { cause: { originalCode: sqlState, kind: "postgres", code: sqlState } } },
    });

  it("maps SQLSTATE class 22 (NUL in text or jsonb, date out of range, numeric overflow) to 422, with or without Prisma around it", () => {
    for (const state of ["22021", "22P05", "22008", "22003", "22P02", "22007"]) {
      expect(toAppError(adapterError("P2039", state)).status, state).toBe(422);
      expect(toAppError(Object.assign(new Error("pg"), { code: state })).status, state).toBe(422);
    }
  });

  it("maps Prisma's invalid-value codes to 422 and keeps other database errors opaque", () => {
    expect(toAppError(adapterError("P2007", "22P02")).status).toBe(422);
    expect(toAppError(Object.assign(new Error("x"), { code: "P2000" })).status).toBe(422);
    expect(toAppError(adapterError("P2039", "53300")).status).toBe(500);
    expect(toAppError(Object.assign(new Error("pg"), { code: "40001" })).status).toBe(500);
  });
});
