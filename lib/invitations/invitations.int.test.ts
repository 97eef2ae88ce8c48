/**
 * Household invitations through their route handlers against real PostgreSQL: the link
 * travels only in the e-mail (read back from the outbox, as a person would from their
 * inbox), tokens are hashed at rest, links work once, and households stay apart.
 */
import { describe, expect, it } from "vitest";
import { GET as membersRoute } from "@/app/api/households/current/members/route";
import { POST as acceptRoute } from "@/app/api/invitations/accept/route";
import { DELETE as revokeRoute } from "@/app/api/invitations/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/invitations/route";
import { db } from "@/lib/server/db/client";
import type { Job } from "@/lib/server/db/client";
import { quietLogger } from "@/lib/server/jobs/test-support";
import { addHouseholdMember, callRoute, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { sendEmailHandler } from "@/workers/handlers/send-email";
import { createInvitation } from "./create-invitation";
import { getInvitationByToken } from "./get-invitation-by-token";
import { hashInvitationToken } from "./invitation-token";
import { INVITATIONS_PER_HOUR, type TAcceptInvitationOut, type TInvitationOut } from "./schemas";

const invite = (who: TestMember, body: unknown) =>
  callRoute(createRoute, { method: "POST", path: "/api/invitations", authorization: who.authorization, body });
const list = (who: TestMember) => callRoute(listRoute, { path: "/api/invitations", authorization: who.authorization });
const revoke = (who: TestMember, id: string) =>
  callRoute(revokeRoute, { method: "DELETE", path: `/api/invitations/${id}`, authorization: who.authorization, params: { id } });
const accept = (who: TestMember, token: string) =>
  callRoute(acceptRoute, { method: "POST", path: "/api/invitations/accept", authorization: who.authorization, body: { token } });

function created(response: Awaited<ReturnType<typeof invite>>): TInvitationOut {
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as TInvitationOut;
}

async function invitationEmailJobs(to: string): Promise<Job[]> {
  const jobs = await db().job.findMany({ where: { kind: "send-email" }, orderBy: { createdAt: "asc" } });
  return jobs.filter(
    (job) =>
      (job.payload as { to?: string; template?: string }).to === to && (job.payload as { template?: string }).template === "invitation",
  );
}

/** Runs the e-mail job as the worker would (no SMTP configured: it lands in the outbox) and reads the link's token from the mail. */
async function tokenFromMail(job: Job): Promise<string> {
  await sendEmailHandler.run(sendEmailHandler.payload.parse(job.payload), {
    job: { ...job, attempts: 1 },
    signal: new AbortController().signal,
    logger: quietLogger,
  });
  const to = (job.payload as { to: string }).to;
  const mail = await db().outboxMessage.findFirstOrThrow({ where: { to }, orderBy: { id: "desc" } });
  const token = mail.text.match(/\/invite\/(inv_[\w-]+)/)?.[1];
  if (!token) throw new Error(`no invitation link in: ${mail.text}`);
  return token;
}

async function inviteAndReadLink(who: TestMember, email: string, role = "MEMBER") {
  const invitation = created(await invite(who, { email, role }));
  const jobs = await invitationEmailJobs(email.trim().toLowerCase());
  const job = jobs.at(-1);
  if (!job) throw new Error("no invitation e-mail queued");
  return { invitation, job, token: await tokenFromMail(job) };
}

describe("household invitations", () => {
  it("limits how many invitations a household sends an hour (429 with Retry-After)", async () => {
    const owner = await createHouseholdOwner("invite-limit");
    for (let i = 0; i < INVITATIONS_PER_HOUR; i++) created(await invite(owner, { email: `guest${i}@example.test`, role: "VIEWER" }));
    const refused = await invite(owner, { email: "one-too-many@example.test", role: "VIEWER" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await invitationEmailJobs("one-too-many@example.test")).toEqual([]);
  });

  it("e-mails a link that lets the invited account join with the role, and switches it to the household", async () => {
    const owner = await createHouseholdOwner("inv-owner");
    const invitee = await createHouseholdOwner("inv-joiner");
    const { invitation, job, token } = await inviteAndReadLink(owner, `  ${invitee.email.toUpperCase()} `, "VIEWER");
    expect(invitation).toMatchObject({ email: invitee.email, role: "VIEWER", invitedBy: { id: owner.auth.userId, name: "inv-owner" } });
    expect(job.householdId).toBe(owner.auth.householdId);
    const mail = await db().outboxMessage.findFirstOrThrow({ where: { to: invitee.email } });
    expect(mail.householdId).toBe(owner.auth.householdId);
    expect(mail.subject).toBe("You're invited to inv-owner's household on DumbAssets");
    expect(mail.text).toContain("inv-owner invited you to join inv-owner's household on DumbAssets as a viewer");

    const listed = await list(owner);
    expect((listed.body as TInvitationOut[]).map((i) => [i.id, i.email, i.role])).toEqual([[invitation.id, invitee.email, "VIEWER"]]);

    expect(await getInvitationByToken(token)).toMatchObject({
      state: "PENDING",
      householdName: "inv-owner's household",
      inviterName: "inv-owner",
      role: "VIEWER",
      email: invitee.email,
    });

    const joined = await accept(invitee, token);
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    expect(joined.body as TAcceptInvitationOut).toEqual({
      householdId: owner.auth.householdId,
      householdName: "inv-owner's household",
      role: "VIEWER",
    });
    const members = (await callRoute(membersRoute, { authorization: owner.authorization })).body as { email: string; role: string }[];
    expect(members.map((m) => [m.email, m.role])).toEqual([
      [owner.email, "OWNER"],
      [invitee.email, "VIEWER"],
    ]);
    const user = await db().user.findUniqueOrThrow({ where: { id: invitee.auth.userId } });
    expect(user.activeHouseholdId).toBe(owner.auth.householdId);
    // The inviter hears that the invitation was taken up.
    const told = await db().notification.findMany({ where: { userId: owner.auth.userId, type: "INVITATION" } });
    expect(told.map((n) => [n.householdId, n.title, n.url])).toEqual([
      [owner.auth.householdId, "inv-joiner joined inv-owner's household", "/settings"],
    ]);

    // Used: the link now says so, refuses a second use, and the invitation leaves the pending list.
    expect((await getInvitationByToken(token))?.state).toBe("ACCEPTED");
    expect(await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ acceptedById: invitee.auth.userId });
    expect((await accept(invitee, token)).status).toBe(409);
    expect((await list(owner)).body).toEqual([]);
    // Inviting a member again is refused.
    expect((await invite(owner, { email: invitee.email })).status).toBe(409);
  });

  it("keeps the token out of the database, the job queue, the list and the notification of an existing user", async () => {
    const owner = await createHouseholdOwner("hash-owner");
    const existing = await createHouseholdOwner("hash-existing");
    const { invitation, job, token } = await inviteAndReadLink(owner, existing.email);
    expect(token).toMatch(/^inv_[\w-]{43}$/);

    const stored = await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    // The queued e-mail carries the token sealed, not in clear.
    expect(JSON.stringify(job.payload)).not.toContain(token);
    expect(job.payload).toMatchObject({ template: "invitation", props: { sealedToken: expect.stringMatching(/^sb1\./) } });
    expect(JSON.stringify((await list(owner)).body)).not.toContain(token);
    expect(JSON.stringify((await list(owner)).body)).not.toContain(stored.tokenHash);

    // The existing account is also told in-app, in its own household, without a link or a second e-mail.
    const notifications = await db().notification.findMany({ where: { userId: existing.auth.userId, type: "INVITATION" } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      householdId: existing.auth.householdId,
      title: "hash-owner invited you to join hash-owner's household",
      url: null,
    });
    expect(notifications[0]?.channels).not.toContain("EMAIL");
    expect(JSON.stringify(notifications)).not.toContain(token);
    expect(await invitationEmailJobs(existing.email)).toHaveLength(1);
    expect(await db().job.count({ where: { kind: "send-email", payload: { path: ["to"], equals: existing.email } } })).toBe(1);
  });

  it("writes the invitation and its e-mail job in one transaction", async () => {
    const owner = await createHouseholdOwner("tx-owner");
    const invitation = created(await invite(owner, { email: "tx-guest@example.test" }));
    const [job] = await invitationEmailJobs("tx-guest@example.test");
    // Rows written by one transaction share its id (xmin).
    const [row] = await db().$queryRaw<{ invitation: string; job: string }[]>`
      SELECT (SELECT xmin::text FROM "Invitation" WHERE id = ${invitation.id}::uuid) AS invitation,
             (SELECT xmin::text FROM "Job" WHERE id = ${job?.id}::uuid) AS job`;
    expect(row?.invitation).toBeTruthy();
    expect(row?.invitation).toBe(row?.job);

    // A refused invitation (an existing member's address) leaves neither.
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER", "tx-member");
    expect((await invite(owner, { email: member.email })).status).toBe(409);
    expect(await db().invitation.count({ where: { email: member.email } })).toBe(0);
    expect(await invitationEmailJobs(member.email)).toEqual([]);
  });

  it("lets exactly one of two simultaneous accepts win", async () => {
    const owner = await createHouseholdOwner("race-owner");
    const invitee = await createHouseholdOwner("race-joiner");
    const { token } = await inviteAndReadLink(owner, invitee.email);
    const results = await Promise.all([accept(invitee, token), accept(invitee, token), accept(invitee, token)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(await db().membership.count({ where: { householdId: owner.auth.householdId, userId: invitee.auth.userId } })).toBe(1);
  });

  it("refuses expired, revoked, replaced and unknown links, and accounts with another address", async () => {
    const owner = await createHouseholdOwner("refuse-owner");
    const invitee = await createHouseholdOwner("refuse-joiner");
    const stranger = await createHouseholdOwner("refuse-stranger");

    // Issued eight days ago: past its seven days.
    await createInvitation(owner.auth, { email: invitee.email }, new Date(Date.now() - 8 * 86_400_000));
    const [oldJob] = await invitationEmailJobs(invitee.email);
    const expired = await tokenFromMail(oldJob as Job);
    expect((await getInvitationByToken(expired))?.state).toBe("EXPIRED");
    const refusedExpired = await accept(invitee, expired);
    expect(refusedExpired).toMatchObject({ status: 409, body: { detail: "This invitation has expired. Ask for a new one." } });
    expect((await list(owner)).body).toEqual([]);

    // Inviting again replaces it: the older link now reads as revoked, one invitation is pending.
    const { invitation, token } = await inviteAndReadLink(owner, invitee.email, "ADMIN");
    expect((await getInvitationByToken(expired))?.state).toBe("REVOKED");
    const renewed = await inviteAndReadLink(owner, invitee.email, "MEMBER");
    expect((await getInvitationByToken(token))?.state).toBe("REVOKED");
    expect(((await list(owner)).body as TInvitationOut[]).map((i) => [i.id, i.role])).toEqual([[renewed.invitation.id, "MEMBER"]]);
    expect(invitation.id).not.toBe(renewed.invitation.id);

    // Someone else's account cannot use the link.
    const wrongAccount = await accept(stranger, renewed.token);
    expect(wrongAccount).toMatchObject({
      status: 403,
      body: { detail: `This invitation was sent to ${invitee.email}. Sign in with that address to accept it.` },
    });

    expect((await revoke(owner, renewed.invitation.id)).status).toBe(204);
    expect((await getInvitationByToken(renewed.token))?.state).toBe("REVOKED");
    expect(await accept(invitee, renewed.token)).toMatchObject({
      status: 409,
      body: { detail: "This invitation was revoked. Ask for a new one." },
    });
    expect((await revoke(owner, renewed.invitation.id)).status).toBe(404);

    const unknown = "inv_" + "A".repeat(43);
    expect(await getInvitationByToken(unknown)).toBeNull();
    expect(await getInvitationByToken("not-a-token")).toBeNull();
    expect((await accept(invitee, unknown)).status).toBe(404);
    expect((await accept(invitee, "not-a-token")).status).toBe(422);
    expect(await db().membership.count({ where: { householdId: owner.auth.householdId } })).toBe(1);
  });

  it("lets only owners and admins invite, list and revoke, each in their own household", async () => {
    const owner = await createHouseholdOwner("perm-owner");
    const admin = await addHouseholdMember(owner.auth.householdId, "ADMIN", "perm-admin");
    const member = await addHouseholdMember(owner.auth.householdId, "MEMBER", "perm-member");
    const viewer = await addHouseholdMember(owner.auth.householdId, "VIEWER", "perm-viewer");
    const stranger = await createHouseholdOwner("perm-stranger");

    for (const who of [member, viewer]) {
      expect((await invite(who, { email: "nope@example.test" })).status).toBe(403);
      expect((await list(who)).status).toBe(403);
    }
    const byAdmin = created(await invite(admin, { email: "guest@example.test", role: "ADMIN" }));
    expect((await invite(admin, { email: "boss@example.test", role: "OWNER" })).status).toBe(422);
    expect((await invite(admin, { email: "not an address" })).status).toBe(422);
    for (const who of [member, viewer]) expect((await revoke(who, byAdmin.id)).status).toBe(403);

    // Another household neither sees nor revokes it.
    expect((await list(stranger)).body).toEqual([]);
    expect((await revoke(stranger, byAdmin.id)).status).toBe(404);
    expect((await revoke(owner, "not-a-uuid")).status).toBe(404);
    expect(((await list(owner)).body as TInvitationOut[]).map((i) => i.id)).toEqual([byAdmin.id]);
    expect((await revoke(owner, byAdmin.id)).status).toBe(204);
  });
});
