/** Household settings through the API: who may change them and what is refused. */
import { describe, expect, it } from "vitest";
import * as currentRoute from "@/app/api/households/current/route";
import { POST as createHouseholdRoute } from "@/app/api/households/route";
import { signUp } from "@/lib/accounts/sign-up";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, callRoute, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { expectOk } from "@/lib/schedules/test-kit";
import type { THouseholdSettingsOut } from "./settings-schemas";

const get = (who: TestMember) => callRoute(currentRoute.GET, { path: "/api/households/current", authorization: who.authorization });
const patch = (who: TestMember, body: unknown) =>
  callRoute(currentRoute.PATCH, { method: "PATCH", path: "/api/households/current", authorization: who.authorization, body });

describe("household settings", () => {
  it("lets managers change name, zone, hemisphere and currency, and everyone read them", async () => {
    const owner = await createHouseholdOwner("hs-owner");
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER", "hs-member");
    const admin = await addHouseholdMember(owner.auth.householdId, "ADMIN", "hs-admin");

    expect(expectOk<THouseholdSettingsOut>(await get(member))).toMatchObject({ timeZone: "UTC", hemisphere: "NORTH", currency: "USD" });
    const changed = expectOk<THouseholdSettingsOut>(
      await patch(admin, { name: "Bach", timeZone: "Pacific/Auckland", hemisphere: "SOUTH", currency: "nzd" }),
    );
    expect(changed).toMatchObject({ name: "Bach", timeZone: "Pacific/Auckland", hemisphere: "SOUTH", currency: "NZD" });
    expect(expectOk<THouseholdSettingsOut>(await get(member))).toEqual(changed);

    expect((await patch(member, { name: "Mine" })).status).toBe(403);
    expect((await patch(owner, { timeZone: "Mars/Olympus" })).status).toBe(422);
    expect((await patch(owner, { currency: "XYZW" })).status).toBe(422);
    expect((await patch(owner, { hemisphere: "EAST" })).status).toBe(422);
    expect((await patch(owner, { name: " " })).status).toBe(422);
    expect((await patch(owner, { timeZone: "UTC" })).status).toBe(200);
  });

  it("keeps the first day of the week: Monday until a manager picks another", async () => {
    const owner = await createHouseholdOwner("hs-week");
    const viewer = await addHouseholdMember(owner.auth.householdId, "VIEWER", "hs-week-viewer");
    expect(expectOk<THouseholdSettingsOut>(await get(viewer)).weekStartsOn).toBe("MONDAY");
    expect(expectOk<THouseholdSettingsOut>(await patch(owner, { weekStartsOn: "SUNDAY" })).weekStartsOn).toBe("SUNDAY");
    expect(expectOk<THouseholdSettingsOut>(await get(viewer)).weekStartsOn).toBe("SUNDAY");
    expect((await patch(viewer, { weekStartsOn: "SATURDAY" })).status).toBe(403);
    expect((await patch(owner, { weekStartsOn: "monday" })).status).toBe(422);
    expect((await patch(owner, { weekStartsOn: 1 })).status).toBe(422);
    expect((await patch(owner, { weekStartsOn: null })).status).toBe(422);
    expect(expectOk<THouseholdSettingsOut>(await get(owner)).weekStartsOn).toBe("SUNDAY");
  });

  it("keeps households apart", async () => {
    const a = await createHouseholdOwner("hs-a");
    const b = await createHouseholdOwner("hs-b");
    expectOk(await patch(a, { timeZone: "America/Los_Angeles" }));
    expect(expectOk<THouseholdSettingsOut>(await get(b)).timeZone).toBe("UTC");
  });

  it("gives a new household the zone, hemisphere and currency of the browser that creates it", async () => {
    const owner = await createHouseholdOwner("hs-new");
    const locale = { timeZone: "Pacific/Auckland", hemisphere: "SOUTH", currency: "NZD", weekStartsOn: "SATURDAY" };
    const created = expectOk<{ id: string }>(
      await callRoute(createHouseholdRoute, { method: "POST", authorization: owner.authorization, body: { name: "Bach", locale } }),
      201,
    );
    const row = await db().household.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject(locale);
    const unknownZone = expectOk<{ id: string }>(
      await callRoute(createHouseholdRoute, {
        method: "POST",
        authorization: owner.authorization,
        body: { name: "X", locale: { timeZone: "Nowhere/City", currency: "EUR", weekStartsOn: "FUNDAY" } },
      }),
      201,
    );
    expect(await db().household.findUniqueOrThrow({ where: { id: unknownZone.id } })).toMatchObject({
      timeZone: "UTC",
      currency: "EUR",
      weekStartsOn: "MONDAY",
    });

    const signedUp = await signUp({
      name: "Kiri",
      email: `kiri-${crypto.randomUUID()}@example.test`,
      password: "long enough password",
      householdLocale: { timeZone: "America/Los_Angeles", hemisphere: "NORTH", currency: "usd", weekStartsOn: "SUNDAY" },
    });
    expect(await db().household.findUniqueOrThrow({ where: { id: signedUp.householdId } })).toMatchObject({
      timeZone: "America/Los_Angeles",
      currency: "USD",
      weekStartsOn: "SUNDAY",
    });
  });
});
