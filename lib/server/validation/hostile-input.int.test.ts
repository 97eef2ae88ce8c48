/**
 * Issue 8, "500 instead of 4xx": hostile values reproduced from outside, through the real
 * route handlers. Each must be a 422 naming the field, never a 500 from the database.
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as assetsRoute from "@/app/api/assets/route";
import * as blackoutsRoute from "@/app/api/households/current/blackouts/route";
import * as locationsRoute from "@/app/api/locations/route";
import * as tagsRoute from "@/app/api/tags/route";
import * as tokensRoute from "@/app/api/tokens/route";
import * as webhooksRoute from "@/app/api/webhooks/route";
import * as commentsRoute from "@/app/api/task-enhancements/[id]/comments/route";
import * as meterRoute from "@/app/api/assets/[id]/meters/route";
import * as calendarRoute from "@/app/api/tasks/calendar/route";
import { db } from "@/lib/server/db/client";
import { expectOk, scheduleApiAs, type ScheduleApi } from "@/lib/schedules/test-kit";
import type { TScheduleChangeOut } from "@/lib/schedules/schemas";
import type { TTaskOut } from "@/lib/tasks/schemas";
import { callRoute, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";

let owner: TestMember;
let api: ScheduleApi;
let assetId: string;

const post = <P extends Record<string, string>>(
  handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>,
  path: string,
  body: unknown,
  params?: P,
) => callRoute(handler, { method: "POST", path, authorization: owner.authorization, body, params });

/** A 422 whose errors name `path`. */
function expectFieldError(result: { status: number; body: unknown }, path: string) {
  expect(result.status, JSON.stringify(result.body)).toBe(422);
  expect((result.body as { errors?: { path: string }[] }).errors?.map((e) => e.path)).toContain(path);
}

beforeAll(async () => {
  owner = await createHouseholdOwner("hostile");
  api = scheduleApiAs(owner);
  assetId = (await db().asset.create({ data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: "Boiler" } })).id;
});

describe("control characters in stored text", () => {
  it("refuses NUL in names, descriptions and labels with a 422 naming the field", async () => {
    expectFieldError(await post(tagsRoute.POST, "/api/tags", { name: "a\u0000b" }), "name");
    expectFieldError(await post(assetsRoute.POST, "/api/assets", { name: "ok", description: "x\u0000y" }), "description");
    expectFieldError(
      await post(assetsRoute.POST, "/api/assets", { name: "ok", customFields: [{ label: "a", value: "\u0000" }] }),
      "customFields.0.value",
    );
    expectFieldError(await post(locationsRoute.POST, "/api/locations", { name: "Shed\u0000" }), "name");
    expectFieldError(await post(tokensRoute.POST, "/api/tokens", { name: "\u0000" }), "name");
    expectFieldError(
      await post(meterRoute.POST, `/api/assets/${assetId}/meters`, { name: "a\u0000", unit: "HOURS" }, { id: assetId }),
      "name",
    );
    expectFieldError(await api.createTask({ title: "t", notes: "line\u0000" }), "notes");
    expectFieldError(
      await api.createSchedule({
        title: "s",
        rule: { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: "2026-01-01" },
        blackouts: [{ from: "01-01", to: "01-02", label: "\u0000" }],
      }),
      "blackouts.0.label",
    );
  });

  it("refuses other control characters in one-line text, keeps newlines and tabs in multi-line text", async () => {
    expectFieldError(await post(tagsRoute.POST, "/api/tags", { name: "a\u0007b" }), "name");
    expectFieldError(await post(tagsRoute.POST, "/api/tags", { name: "a\nb" }), "name");
    const task = expectOk<TTaskOut>(await api.createTask({ title: "Multi", notes: "line 1\n\tline 2" }), 201);
    expect(task.notes).toBe("line 1\n\tline 2");
  });

  it("refuses NUL in checklist ids and ticks", async () => {
    expectFieldError(
      await api.createTask({ title: "t", requirements: { checklist: [{ id: "a\u0000", label: "x" }] } }),
      "requirements.checklist.0.id",
    );
    const task = expectOk<TTaskOut>(await api.createTask({ title: "ticks", requirements: { checklist: [{ id: "a", label: "x" }] } }), 201);
    expectFieldError(await api.complete(task.id, { checklist: ["\u0000"] }), "checklist.0");
    expectFieldError(await api.updateTask(task.id, { checklistState: ["\u0000"] }), "checklistState.0");
  });

  it("refuses NUL in a search query and in a forged cursor", async () => {
    expectFieldError(await callRoute(assetsRoute.GET, { path: "/api/assets?q=%00", authorization: owner.authorization }), "q");
    const forged = Buffer.from(JSON.stringify(["name", "asc", "a\u0000", "01933b8c-7d4f-7a2e-9c1d-3f5e6a7b8c9d"])).toString("base64url");
    expectFieldError(
      await callRoute(assetsRoute.GET, { path: `/api/assets?sort=name&order=asc&cursor=${forged}`, authorization: owner.authorization }),
      "cursor",
    );
    expectFieldError(await callRoute(assetsRoute.GET, { path: "/api/assets?cursor=%00", authorization: owner.authorization }), "cursor");
  });

  it("refuses NUL in a comment", async () => {
    const task = expectOk<TTaskOut>(await api.createTask({ title: "c" }), 201);
    expectFieldError(
      await post(commentsRoute.POST, `/api/task-enhancements/${task.id}/comments`, { body: "hi\u0000" }, { id: task.id }),
      "body",
    );
  });
});

describe("ids inside nested objects", () => {
  const usage = (meterId: string) => ({ kind: "USAGE", every: 10, unit: "km", meterId });

  it("answers 422 for a meter or schedule id that is not a UUID, on create, preview and PATCH", async () => {
    expectFieldError(await api.createSchedule({ title: "s", assetId, rule: usage("not-a-uuid") }), "rule.meterId");
    expectFieldError(await api.createSchedule({ title: "s", rule: { kind: "AFTER_SCHEDULE", scheduleId: "x" } }), "rule.scheduleId");
    expectFieldError(await api.preview({ rule: usage("nope") }), "rule.meterId");
    expectFieldError(await api.preview({ rule: { kind: "AFTER_SCHEDULE", scheduleId: "x" } }), "rule.scheduleId");
    const { schedule } = expectOk<TScheduleChangeOut>(
      await api.createSchedule({
        title: "ok",
        rule: { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: "2026-01-01" },
      }),
      201,
    );
    expectFieldError(await api.updateSchedule(schedule.id, { rule: { kind: "AFTER_SCHEDULE", scheduleId: "x" } }), "rule.scheduleId");
    expectFieldError(
      await api.updateSchedule(schedule.id, {
        rule: {
          kind: "WHICHEVER_FIRST",
          date: { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: "2026-01-01" },
          usage: usage("x"),
        },
      }),
      "rule.usage.meterId",
    );
  });
});

describe("URLs, dates and numbers", () => {
  it("answers 422 for a webhook URL that is not a URL", async () => {
    expectFieldError(await post(webhooksRoute.POST, "/api/webhooks", { url: "not a url" }), "url");
    expectFieldError(await post(webhooksRoute.POST, "/api/webhooks", { url: "ftp://example.com/x" }), "url");
  });

  it("answers 422 for impossible dates and years out of range", async () => {
    expectFieldError(
      await post(blackoutsRoute.POST, "/api/households/current/blackouts", {
        kind: "BLACKOUT",
        startsOn: "2026-02-30",
        endsOn: "2026-03-01",
      }),
      "startsOn",
    );
    expectFieldError(
      await post(blackoutsRoute.POST, "/api/households/current/blackouts", {
        kind: "BLACKOUT",
        startsOn: "0000-01-01",
        endsOn: "2026-03-01",
      }),
      "startsOn",
    );
    expectFieldError(await post(assetsRoute.POST, "/api/assets", { name: "old", purchaseDate: "0000-01-01" }), "purchaseDate");
    expectFieldError(await post(assetsRoute.POST, "/api/assets", { name: "old", warrantyExpiresOn: "2026-02-30" }), "warrantyExpiresOn");
    expectFieldError(
      await api.createSchedule({ title: "s", rule: { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: "0000-01-01" } }),
      "rule.startDate",
    );
    expectFieldError(
      await api.createSchedule({
        title: "s",
        rule: { kind: "INTERVAL", every: 1, unit: "DAY", anchor: "FIXED", startDate: "2026-01-01" },
        blackouts: [{ from: "2026-02-30", to: "2026-03-02" }],
      }),
      "blackouts.0",
    );
  });

  it("answers 422 for a calendar month out of range", async () => {
    expectFieldError(
      await callRoute(calendarRoute.GET, { path: "/api/tasks/calendar?month=0000-01", authorization: owner.authorization }),
      "month",
    );
    expect(
      (await callRoute(calendarRoute.GET, { path: "/api/tasks/calendar?month=2026-02", authorization: owner.authorization })).status,
    ).toBe(200);
  });

  it("answers 422 for numbers the database cannot hold", async () => {
    const task = expectOk<TTaskOut>(await api.createTask({ title: "n" }), 201);
    expectFieldError(await api.complete(task.id, { meterReading: 1e20 }), "meterReading");
    expectFieldError(await api.createSchedule({ title: "s", assetId, rule: { kind: "USAGE", every: 1e300, unit: "km" } }), "rule.every");
  });
});

describe("headers", () => {
  it("treats a malformed session cookie as no session (401), not a 500", async () => {
    for (const cookie of ["next-auth.session-token=%", "next-auth.session-token=%E0%A4%A", "next-auth.session-token=%00"]) {
      const result = await callRoute(tagsRoute.GET, { path: "/api/tags", headers: { cookie } });
      expect(result.status, cookie).toBe(401);
    }
  });
});
