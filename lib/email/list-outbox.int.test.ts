import { describe, expect, it } from "vitest";
import { GET as outboxRoute } from "@/app/api/admin/outbox/route";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, callRoute, createHouseholdOwner } from "@/tests/support/fixtures";
import { sendMail } from "./send-mail";

describe("the outbox", () => {
  it("shows the household's kept mail, newest first, page by page, to OWNER/ADMIN only", async () => {
    const owner = await createHouseholdOwner();
    const other = await createHouseholdOwner("other");
    for (const n of [1, 2, 3]) {
      await db().outboxMessage.create({
        data: { householdId: owner.auth.householdId, to: "a@example.test", subject: `Reminder ${n}`, html: "<p>x</p>", text: `Body ${n}` },
      });
    }
    await db().outboxMessage.create({
      data: { householdId: other.auth.householdId, to: "b@example.test", subject: "Theirs", html: "", text: "" },
    });

    const first = await callRoute(outboxRoute, { path: "/api/admin/outbox?limit=2", authorization: owner.authorization });
    expect(first.status).toBe(200);
    const page1 = first.body as { items: { subject: string }[]; nextCursor: string };
    expect(page1.items.map((m) => m.subject)).toEqual(["Reminder 3", "Reminder 2"]);
    const second = await callRoute(outboxRoute, {
      path: `/api/admin/outbox?limit=2&cursor=${page1.nextCursor}`,
      authorization: owner.authorization,
    });
    expect(second.body).toMatchObject({ items: [{ subject: "Reminder 1", text: "Body 1" }], nextCursor: null });

    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER");
    expect((await callRoute(outboxRoute, { path: "/api/admin/outbox", authorization: member.authorization })).status).toBe(403);
  });

  it("is where mail goes when no SMTP server is configured", async () => {
    const owner = await createHouseholdOwner();
    const result = await sendMail(
      db(),
      { to: "ada@example.test", subject: "Warranty ends soon", html: "<p>Soon</p>", text: "Soon", householdId: owner.auth.householdId },
      { smtpUrl: undefined, from: "DumbAssets <x@localhost>", appUrl: "http://localhost:3000" },
    );
    expect(result.via).toBe("outbox");
    const { body } = await callRoute(outboxRoute, { path: "/api/admin/outbox", authorization: owner.authorization });
    expect(body).toMatchObject({ items: [{ to: "ada@example.test", subject: "Warranty ends soon", text: "Soon" }] });
  });
});
