import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, createHouseholdOwner } from "@/tests/support/fixtures";
import { notify } from "./notify";

describe("notify", () => {
  it("fans out per member and preference, honours quiet hours for push, ignores non-members, and is idempotent", async () => {
    const owner = await createHouseholdOwner("owner");
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    const outsider = await createHouseholdOwner("outsider");
    const householdId = owner.auth.householdId;
    // The member keeps only e-mail (no in-app list entry, no push) for assignments.
    await db().notificationPreference.createMany({
      data: [
        { userId: member.auth.userId, householdId, type: "TASK_ASSIGNED", channel: "IN_APP", enabled: false },
        { userId: member.auth.userId, householdId, type: "TASK_ASSIGNED", channel: "PUSH", enabled: false },
      ],
    });
    // The owner sleeps 22:00-07:00 UTC.
    await db().userNotificationSettings.create({
      data: { userId: owner.auth.userId, quietHoursStart: 22 * 60, quietHoursEnd: 7 * 60, timeZone: "UTC" },
    });
    const now = new Date("2026-11-24T23:00:00Z");
    const input = {
      householdId,
      userIds: "all-members" as const,
      type: "TASK_ASSIGNED" as const,
      title: "Clean the gutters",
      body: "Assigned to you",
      url: "/tasks/42",
      dedupeKey: "task-assigned:42",
      now,
    };

    const sent = await db().$transaction((tx) => notify(tx, input));
    expect(sent.map((s) => [s.userId, s.channels]).sort()).toEqual(
      [
        [owner.auth.userId, ["IN_APP", "EMAIL", "PUSH"]],
        [member.auth.userId, ["EMAIL"]],
      ].sort(),
    );
    const push = await db().job.findMany({ where: { kind: "send-push" } });
    expect(push).toHaveLength(1);
    expect(push[0]?.runAt).toEqual(new Date("2026-11-25T07:00:00Z"));
    const emails = await db().job.findMany({ where: { kind: "send-email" } });
    expect(emails.map((j) => (j.payload as { to: string }).to).sort()).toEqual([owner.email, member.email].sort());
    expect(emails[0]?.payload).toMatchObject({ template: "notification", props: { title: "Clean the gutters", url: "/tasks/42" } });

    // Same event again, and to an outsider: nothing new.
    expect(await db().$transaction((tx) => notify(tx, input))).toEqual([]);
    expect(await db().$transaction((tx) => notify(tx, { ...input, userIds: [outsider.auth.userId], dedupeKey: "other" }))).toEqual([]);
    expect(await db().notification.count()).toBe(2);
    expect(await db().job.count({ where: { kind: { in: ["send-email", "send-push"] } } })).toBe(3);

    // Rolled back with the caller's transaction.
    await expect(
      db().$transaction(async (tx) => {
        await notify(tx, { ...input, dedupeKey: "task-assigned:43" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db().notification.count()).toBe(2);
  });
});
