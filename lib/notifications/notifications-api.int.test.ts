import { describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/notifications/route";
import { POST as readRoute } from "@/app/api/notifications/read/route";
import { GET as getPrefs, PUT as putPrefs } from "@/app/api/notifications/preferences/route";
import { GET as getQuietHours, PUT as putQuietHours } from "@/app/api/notifications/quiet-hours/route";
import { GET as getSettings, PUT as putSettings } from "@/app/api/notifications/settings/route";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, callRoute, createHouseholdOwner } from "@/tests/support/fixtures";
import { notify } from "./notify";
import { NOTIFICATION_CHANNELS, NOTIFICATION_TYPES, type TNotificationPage, type TNotificationPreferences } from "./schemas";

describe("/api/notifications", () => {
  it("lists, pages, filters unread, and marks read only the caller's own notifications", async () => {
    const owner = await createHouseholdOwner("owner");
    const member = await addHouseholdMember(owner.auth.householdId, "VIEWER");
    const other = await createHouseholdOwner("other");
    await db().$transaction(async (tx) => {
      for (let i = 1; i <= 3; i++) {
        await notify(tx, {
          householdId: owner.auth.householdId,
          userIds: "all-members",
          type: "MENTION",
          title: `n${i}`,
          dedupeKey: `m:${i}`,
        });
      }
      await notify(tx, {
        householdId: other.auth.householdId,
        userIds: "all-members",
        type: "MENTION",
        title: "elsewhere",
        dedupeKey: "m:x",
      });
    });

    const page1 = (await callRoute(listRoute, { path: "/api/notifications?limit=2", authorization: member.authorization }))
      .body as TNotificationPage;
    expect(page1.items.map((n) => n.title)).toEqual(["n3", "n2"]);
    expect(page1.unreadCount).toBe(3);
    const page2 = (
      await callRoute(listRoute, { path: `/api/notifications?limit=2&cursor=${page1.nextCursor}`, authorization: member.authorization })
    ).body as TNotificationPage;
    expect(page2).toMatchObject({ items: [{ title: "n1", type: "MENTION", readAt: null, url: null }], nextCursor: null });

    const ownersFirst = (
      (await callRoute(listRoute, { path: "/api/notifications", authorization: owner.authorization })).body as TNotificationPage
    ).items[0];
    const marked = await callRoute(readRoute, {
      method: "POST",
      path: "/api/notifications/read",
      authorization: member.authorization,
      body: { ids: [page1.items[0]?.id, ownersFirst?.id] },
    });
    expect(marked).toMatchObject({ status: 200, body: { updated: 1, unreadCount: 2 } });
    const unread = (await callRoute(listRoute, { path: "/api/notifications?unread=true", authorization: member.authorization }))
      .body as TNotificationPage;
    expect(unread.items.map((n) => n.title)).toEqual(["n2", "n1"]);

    expect(
      await callRoute(readRoute, {
        method: "POST",
        path: "/api/notifications/read",
        authorization: member.authorization,
        body: { all: true },
      }),
    ).toMatchObject({
      body: { updated: 2, unreadCount: 0 },
    });
    expect(
      ((await callRoute(listRoute, { path: "/api/notifications", authorization: owner.authorization })).body as TNotificationPage)
        .unreadCount,
    ).toBe(3);
    expect(
      (
        await callRoute(readRoute, {
          method: "POST",
          path: "/api/notifications/read",
          authorization: member.authorization,
          body: { all: false },
        })
      ).status,
    ).toBe(422);
  });

  it("returns the full preference matrix with defaults and stores changes per user and household", async () => {
    const owner = await createHouseholdOwner("prefs");
    const before = (await callRoute(getPrefs, { path: "/api/notifications/preferences", authorization: owner.authorization }))
      .body as TNotificationPreferences;
    expect(before.preferences).toHaveLength(NOTIFICATION_TYPES.length * NOTIFICATION_CHANNELS.length);
    expect(before.preferences.find((p) => p.type === "TASK_ASSIGNED" && p.channel === "EMAIL")).toEqual({
      type: "TASK_ASSIGNED",
      channel: "EMAIL",
      enabled: true,
      isDefault: true,
    });

    const put = await callRoute(putPrefs, {
      method: "PUT",
      path: "/api/notifications/preferences",
      authorization: owner.authorization,
      body: { preferences: [{ type: "TASK_ASSIGNED", channel: "EMAIL", enabled: false }] },
    });
    expect(put.status).toBe(200);
    const after = (put.body as TNotificationPreferences).preferences;
    expect(after.find((p) => p.type === "TASK_ASSIGNED" && p.channel === "EMAIL")).toEqual({
      type: "TASK_ASSIGNED",
      channel: "EMAIL",
      enabled: false,
      isDefault: false,
    });
    expect(after.filter((p) => !p.isDefault)).toHaveLength(1);
    expect(
      (
        await callRoute(putPrefs, {
          method: "PUT",
          path: "/api/notifications/preferences",
          authorization: owner.authorization,
          body: { preferences: [{ type: "NOPE", channel: "EMAIL", enabled: true }] },
        })
      ).status,
    ).toBe(422);
  });

  it("lets managers set the household's warranty lead days; others may only read them", async () => {
    const owner = await createHouseholdOwner("settings");
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    expect((await callRoute(getSettings, { path: "/api/notifications/settings", authorization: member.authorization })).body).toEqual({
      warrantyLeadDays: [30, 14, 7, 1],
    });
    const body = { warrantyLeadDays: [3, 60, 3, 0] };
    expect(
      (await callRoute(putSettings, { method: "PUT", path: "/api/notifications/settings", authorization: member.authorization, body }))
        .status,
    ).toBe(403);
    expect(
      await callRoute(putSettings, { method: "PUT", path: "/api/notifications/settings", authorization: owner.authorization, body }),
    ).toMatchObject({
      status: 200,
      body: { warrantyLeadDays: [60, 3, 0] },
    });
    expect((await callRoute(getSettings, { path: "/api/notifications/settings", authorization: member.authorization })).body).toEqual({
      warrantyLeadDays: [60, 3, 0],
    });
    expect(
      (
        await callRoute(putSettings, {
          method: "PUT",
          path: "/api/notifications/settings",
          authorization: owner.authorization,
          body: { warrantyLeadDays: [400] },
        })
      ).status,
    ).toBe(422);
  });

  it("stores the caller's quiet hours and refuses half or malformed ones", async () => {
    const user = await createHouseholdOwner("quiet");
    const path = "/api/notifications/quiet-hours";
    expect((await callRoute(getQuietHours, { path, authorization: user.authorization })).body).toEqual({
      start: null,
      end: null,
      timeZone: null,
    });
    const set = await callRoute(putQuietHours, {
      method: "PUT",
      path,
      authorization: user.authorization,
      body: { start: "22:30", end: "07:00", timeZone: "Europe/Berlin" },
    });
    expect(set).toMatchObject({ status: 200, body: { start: "22:30", end: "07:00", timeZone: "Europe/Berlin" } });
    expect(await db().userNotificationSettings.findUnique({ where: { userId: user.auth.userId } })).toMatchObject({
      quietHoursStart: 1350,
      quietHoursEnd: 420,
    });
    for (const body of [
      { start: "22:00", end: null },
      { start: "24:00", end: "07:00" },
      { start: "22:00", end: "07:00", timeZone: "Mars/Olympus" },
    ]) {
      expect((await callRoute(putQuietHours, { method: "PUT", path, authorization: user.authorization, body })).status).toBe(422);
    }
    expect(
      (await callRoute(putQuietHours, { method: "PUT", path, authorization: user.authorization, body: { start: null, end: null } })).body,
    ).toEqual({ start: null, end: null, timeZone: null });
  });
});
