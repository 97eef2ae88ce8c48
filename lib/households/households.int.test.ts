import { describe, expect, it } from "vitest";
import { GET as accountRoute } from "@/app/api/account/route";
import { POST as createHouseholdRoute } from "@/app/api/households/route";
import { PUT as switchRoute } from "@/app/api/households/active/route";
import { GET as membersRoute } from "@/app/api/households/current/members/route";
import { createSession } from "@/lib/accounts/sessions";
import { authFromSessionId } from "@/lib/server/auth/resolve-auth";
import { addHouseholdMember, callRoute, createHouseholdOwner } from "@/tests/support/fixtures";

describe("households", () => {
  it("lets a user create a second household, switch between them, and see each one's members", async () => {
    const owner = await createHouseholdOwner("switcher");
    const viewer = await addHouseholdMember(owner.auth.householdId, "VIEWER");
    const sessionId = await createSession(owner.auth.userId);

    const created = await callRoute(createHouseholdRoute, { method: "POST", authorization: owner.authorization, body: { name: "Cabin" } });
    expect(created.status).toBe(201);
    const cabinId = (created.body as { id: string }).id;
    // Creating a household makes it the active one of the user's browser sessions.
    expect(await authFromSessionId(sessionId)).toMatchObject({ householdId: cabinId, role: "OWNER" });

    const account = await callRoute(accountRoute, { authorization: owner.authorization });
    expect((account.body as { households: { name: string }[] }).households.map((h) => h.name)).toEqual(["switcher's household", "Cabin"]);

    const back = await callRoute(switchRoute, {
      method: "PUT",
      authorization: owner.authorization,
      body: { householdId: owner.auth.householdId },
    });
    expect(back.status).toBe(200);
    expect(await authFromSessionId(sessionId)).toMatchObject({ householdId: owner.auth.householdId });

    const members = await callRoute(membersRoute, { authorization: owner.authorization });
    expect((members.body as { email: string; role: string }[]).map((m) => [m.email, m.role])).toEqual([
      [owner.email, "OWNER"],
      [viewer.email, "VIEWER"],
    ]);
  });

  it("answers 404 when switching to a household the user does not belong to", async () => {
    const owner = await createHouseholdOwner();
    const stranger = await createHouseholdOwner("stranger");
    const response = await callRoute(switchRoute, {
      method: "PUT",
      authorization: owner.authorization,
      body: { householdId: stranger.auth.householdId },
    });
    expect(response.status).toBe(404);
  });
});
