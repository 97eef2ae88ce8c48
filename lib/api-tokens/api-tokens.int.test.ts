import { describe, expect, it } from "vitest";
import { GET as accountRoute } from "@/app/api/account/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/tokens/route";
import { DELETE as revokeRoute } from "@/app/api/tokens/[id]/route";
import { db } from "@/lib/server/db/client";
import { callRoute, createHouseholdOwner } from "@/tests/support/fixtures";

describe("API tokens", () => {
  it("issues a token shown once, stores only its hash, and stops accepting it once revoked", async () => {
    const owner = await createHouseholdOwner();
    const created = await callRoute(createRoute, { method: "POST", authorization: owner.authorization, body: { name: "Home Assistant" } });
    expect(created.status).toBe(201);
    const { id, token, prefix } = created.body as { id: string; token: string; prefix: string };
    expect(token).toMatch(/^da_[\w-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);

    const stored = await db().apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect((await callRoute(accountRoute, { authorization: `Bearer ${token}` })).status).toBe(200);
    const listed = await callRoute(listRoute, { authorization: `Bearer ${token}` });
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(
      (listed.body as { name: string; lastUsedAt: string | null }[]).find((t) => t.name === "Home Assistant")?.lastUsedAt,
    ).not.toBeNull();

    expect((await callRoute(revokeRoute, { method: "DELETE", authorization: owner.authorization, params: { id } })).status).toBe(204);
    expect((await callRoute(accountRoute, { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it("cannot revoke another user's token (404)", async () => {
    const owner = await createHouseholdOwner();
    const other = await createHouseholdOwner("other");
    const created = await callRoute(createRoute, { method: "POST", authorization: other.authorization, body: { name: "x" } });
    const { id } = created.body as { id: string };
    const response = await callRoute(revokeRoute, { method: "DELETE", authorization: owner.authorization, params: { id } });
    expect(response.status).toBe(404);
    const malformed = await callRoute(revokeRoute, { method: "DELETE", authorization: owner.authorization, params: { id: "not-a-uuid" } });
    expect(malformed.status).toBe(404);
  });
});
