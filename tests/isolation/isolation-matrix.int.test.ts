/**
 * The isolation matrix: every /api route with an id in its path, called with the ids of
 * one household's records by
 * - the owner of another household: 404 for every method (never 2xx, never 403, which
 *   would say the record exists);
 * - a VIEWER of the same household: 403 for every write;
 * - for records hanging off a private asset, a MEMBER of the same household who is not
 *   its owner: 404 for every method.
 * A route with an id and no case below fails the first test: add its case with the route.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { API_ROUTES, type ApiMethod } from "@/lib/server/http/api-routes";
import { addHouseholdMember, callRoute, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { routeHandler } from "@/tests/support/route-modules";

type Ids = Record<string, string>;
interface Case {
  params: (ids: Ids) => Record<string, string>;
  /** A valid body per write method, so a refusal is about the record, not the input. */
  bodies?: Partial<Record<ApiMethod, unknown>>;
  /** The record hangs off the private asset: other members must not reach it either. */
  privateAsset?: boolean;
  /** The record is another member's own (an API token): a VIEWER manages their own, so sees 404 here. */
  personal?: boolean;
}

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const photoForm = () => {
  const form = new FormData();
  form.append("kind", "PHOTO");
  form.append("file", new File([PNG], "dot.png", { type: "image/png" }));
  return form;
};
const rule = { kind: "INTERVAL", every: 7, unit: "DAY", anchor: "FIXED", startDate: "2030-01-07" };

const CASES: Record<string, Case> = {
  "/api/admin/jobs/{id}/replay": { params: (i) => ({ id: i.job! }) },
  "/api/advanced-schedules/{id}": { params: (i) => ({ id: i.schedule! }), bodies: { PATCH: { title: "Renamed" } } },
  "/api/advanced-schedules/{id}/history": { params: (i) => ({ id: i.schedule! }) },
  "/api/advanced-schedules/{id}/pause": { params: (i) => ({ id: i.schedule! }) },
  "/api/advanced-schedules/{id}/resume": { params: (i) => ({ id: i.schedule! }) },
  "/api/apprise/{id}": { params: (i) => ({ id: i.apprise! }) },
  "/api/assets/{id}": { params: (i) => ({ id: i.privateAsset! }), bodies: { PATCH: { name: "Renamed" } }, privateAsset: true },
  "/api/assets/{id}/attachments": { params: (i) => ({ id: i.privateAsset! }), bodies: { POST: "photo" }, privateAsset: true },
  "/api/assets/{id}/meters": {
    params: (i) => ({ id: i.privateAsset! }),
    bodies: { POST: { name: "Hours", unit: "HOURS" } },
    privateAsset: true,
  },
  "/api/assets/{id}/move": { params: (i) => ({ id: i.privateAsset! }), bodies: { POST: { parentId: null } }, privateAsset: true },
  "/api/assets/{id}/tree": { params: (i) => ({ id: i.privateAsset! }), privateAsset: true },
  "/api/attachments/{id}": { params: (i) => ({ id: i.attachment! }), privateAsset: true },
  "/api/attachments/{id}/thumbnail": { params: (i) => ({ id: i.attachment! }), privateAsset: true },
  "/api/calendar-integration/feeds/{id}": { params: (i) => ({ id: i.feed! }), bodies: { PATCH: { name: "Renamed" } }, personal: true },
  "/api/calendar-integration/feeds/{id}/rotate": { params: (i) => ({ id: i.feed! }), personal: true },
  "/api/households/current/blackouts/{id}": { params: (i) => ({ id: i.blackout! }) },
  "/api/invitations/{id}": { params: (i) => ({ id: i.invitation! }) },
  "/api/locations/{id}": { params: (i) => ({ id: i.location! }), bodies: { PATCH: { name: "Renamed" } } },
  "/api/meters/{id}/readings": { params: (i) => ({ id: i.meter! }), bodies: { POST: { value: 10 } }, privateAsset: true },
  "/api/tags/{id}": { params: (i) => ({ id: i.tag! }), bodies: { PATCH: { name: "Renamed" } } },
  "/api/task-enhancements/{id}/comments": {
    params: (i) => ({ id: i.privateTask! }),
    bodies: { POST: { body: "Hello" } },
    privateAsset: true,
  },
  "/api/task-enhancements/{id}/comments/{commentId}": {
    params: (i) => ({ id: i.privateTask!, commentId: i.comment! }),
    privateAsset: true,
  },
  "/api/task-enhancements/{id}/subtasks": {
    params: (i) => ({ id: i.privateTask! }),
    bodies: { POST: { title: "Part" } },
    privateAsset: true,
  },
  "/api/tasks/{id}": { params: (i) => ({ id: i.privateTask! }), bodies: { PATCH: { title: "Renamed" } }, privateAsset: true },
  "/api/tasks/{id}/complete": { params: (i) => ({ id: i.privateTask! }), bodies: { POST: {} }, privateAsset: true },
  "/api/tasks/{id}/reschedule": { params: (i) => ({ id: i.privateTask! }), bodies: { POST: { date: "2030-02-01" } }, privateAsset: true },
  "/api/tasks/{id}/skip": { params: (i) => ({ id: i.privateTask! }), bodies: { POST: {} }, privateAsset: true },
  "/api/tokens/{id}": { params: (i) => ({ id: i.token! }), personal: true },
  "/api/webhooks/{id}": { params: (i) => ({ id: i.webhook! }), bodies: { PATCH: { enabled: false } } },
  "/api/webhooks/{id}/deliveries": { params: (i) => ({ id: i.webhook! }) },
  "/api/webhooks/{id}/deliveries/{deliveryId}/resend": { params: (i) => ({ id: i.webhook!, deliveryId: i.delivery! }) },
  "/api/webhooks/{id}/rotate-secret": { params: (i) => ({ id: i.webhook! }) },
  "/api/webhooks/{id}/test": { params: (i) => ({ id: i.webhook! }) },
};

const WRITES = new Set<ApiMethod>(["POST", "PUT", "PATCH", "DELETE"]);
/** Route ids are `{id}` or `{somethingId}` (the wrapper answers 404 for non-UUIDs); `{file}` and `{...rest}` are not records. */
const templatesWithIds = Object.keys(API_ROUTES).filter((t) => /\{(id|\w+Id)\}/.test(t));

async function call(template: string, method: ApiMethod, caller: TestMember, ids: Ids) {
  const entry = CASES[template]!;
  const raw = entry.bodies?.[method];
  const body = raw === "photo" ? photoForm() : (raw ?? (WRITES.has(method) && method !== "DELETE" ? {} : undefined));
  const handler = await routeHandler(template, method);
  return callRoute(handler, { method, authorization: caller.authorization, params: entry.params(ids), body });
}

let ids: Ids;
let stranger: TestMember;
let viewer: TestMember;
let otherMember: TestMember;

beforeAll(async () => {
  const owner = await createHouseholdOwner("matrix-owner");
  const householdId = owner.auth.householdId;
  stranger = await createHouseholdOwner("matrix-stranger");
  viewer = await addHouseholdMember(householdId, "VIEWER");
  otherMember = await addHouseholdMember(householdId, "MEMBER", "other-member");
  const assetOwner = await addHouseholdMember(householdId, "MEMBER", "asset-owner");

  const as = async (member: TestMember, template: string, params: Record<string, string>, body: unknown, status = 201) => {
    const handler = await routeHandler(template, "POST");
    const result = await callRoute(handler, { method: "POST", authorization: member.authorization, params, body });
    expect(result.status, `${template}: ${JSON.stringify(result.body)}`).toBe(status);
    return result.body as { id: string } & Record<string, unknown>;
  };

  const asset = await as(assetOwner, "/api/assets", {}, { name: "Private heater", visibility: "PRIVATE" });
  const meter = await as(assetOwner, "/api/assets/{id}/meters", { id: asset.id }, { name: "Hours", unit: "HOURS" });
  await as(assetOwner, "/api/meters/{id}/readings", { id: meter.id }, { value: 5 });
  const upload = (await as(assetOwner, "/api/assets/{id}/attachments", { id: asset.id }, photoForm())) as unknown as
    { id: string } | { id: string }[];
  const attachment = Array.isArray(upload) ? upload[0]! : upload;
  const task = await as(assetOwner, "/api/tasks", {}, { title: "Bleed the radiator", assetId: asset.id });
  const comment = await as(assetOwner, "/api/task-enhancements/{id}/comments", { id: task.id }, { body: "On it" });
  const schedule = (await as(owner, "/api/advanced-schedules", {}, { title: "Check smoke alarms", rule })) as {
    schedule?: { id: string };
    id?: string;
  };
  const location = await as(owner, "/api/locations", {}, { name: "Garage" });
  const tag = await as(owner, "/api/tags", {}, { name: "Kitchen" });
  const invitation = await as(owner, "/api/invitations", {}, { email: "guest@example.test", role: "MEMBER" });
  const blackout = await as(
    owner,
    "/api/households/current/blackouts",
    {},
    { kind: "HOLIDAY", startsOn: "2030-12-24", endsOn: "2030-12-26" },
  );

  const feed = await as(owner, "/api/calendar-integration/feeds", {}, { name: "Chores", scope: "HOUSEHOLD_TASKS" });
  const token = await db().apiToken.findFirstOrThrow({ where: { userId: owner.auth.userId, householdId }, select: { id: true } });
  const apprise = await db().appriseTarget.create({ data: { householdId, label: "Phone", scheme: "json", urlSealed: "sb1.unused" } });
  const webhook = await db().webhookEndpoint.create({
    data: { householdId, url: "https://hooks.example.org/in", secretSealed: "sb1.unused" },
  });
  const delivery = await db().webhookDelivery.create({
    data: {
      endpointId: webhook.id,
      eventId: "msg_matrix",
      eventType: "asset.created",
      payload: "{}",
      attempt: 1,
      status: "FAILED",
      durationMs: 1,
    },
  });
  const job = await db().job.create({
    data: { id: crypto.randomUUID(), kind: "noop", status: "DEAD", householdId, attempts: 10, lastError: "gave up" },
  });

  ids = {
    privateAsset: asset.id,
    meter: meter.id,
    attachment: attachment.id,
    privateTask: task.id,
    comment: comment.id,
    schedule: schedule.schedule?.id ?? schedule.id!,
    location: location.id,
    tag: tag.id,
    invitation: invitation.id,
    blackout: blackout.id,
    token: token.id,
    feed: feed.id,
    apprise: apprise.id,
    webhook: webhook.id,
    delivery: delivery.id,
    job: job.id,
  };
});

describe("the isolation matrix", () => {
  it("has a case for every route with an id in its path", () => {
    expect(templatesWithIds.filter((template) => !CASES[template])).toEqual([]);
    expect(Object.keys(CASES).filter((template) => !API_ROUTES[template])).toEqual([]);
  });

  it.each(templatesWithIds)("%s: another household's owner gets 404 for every method", async (template) => {
    for (const method of API_ROUTES[template]!) {
      const result = await call(template, method, stranger, ids);
      expect(result.status, `${method} ${template}: ${JSON.stringify(result.body)}`).toBe(404);
    }
  });

  it.each(templatesWithIds)("%s: a VIEWER of the household cannot write", async (template) => {
    const expected = CASES[template]?.personal ? 404 : 403;
    for (const method of API_ROUTES[template]!.filter((m) => WRITES.has(m))) {
      const result = await call(template, method, viewer, ids);
      expect(result.status, `${method} ${template}: ${JSON.stringify(result.body)}`).toBe(expected);
    }
  });

  it.each(templatesWithIds.filter((t) => CASES[t]?.privateAsset))(
    "%s: another member of the household cannot reach a private asset's record",
    async (template) => {
      for (const method of API_ROUTES[template]!) {
        const result = await call(template, method, otherMember, ids);
        expect(result.status, `${method} ${template}: ${JSON.stringify(result.body)}`).toBe(404);
      }
    },
  );
});
