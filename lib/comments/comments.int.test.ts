/**
 * Task comments through their route handlers: posting, paging, deleting, who may do
 * which, and the MENTION notifications a post writes in the same transaction.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/task-enhancements/[id]/comments/route";
import { DELETE } from "@/app/api/task-enhancements/[id]/comments/[commentId]/route";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, callRoute, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { mentionToken } from "./mentions";
import type { TTaskCommentOut, TTaskCommentPage } from "./schemas";

let owner: TestMember;
let ana: TestMember;
let ben: TestMember;
let viewer: TestMember;
let taskId: string;

const mention = (member: TestMember, name: string) => mentionToken({ userId: member.auth.userId, name });

const post = (as: TestMember, task: string, body: unknown) =>
  callRoute(POST, {
    method: "POST",
    path: `/api/task-enhancements/${task}/comments`,
    authorization: as.authorization,
    params: { id: task },
    body,
  });
const list = (as: TestMember, task: string, query = "") =>
  callRoute(GET, { path: `/api/task-enhancements/${task}/comments${query}`, authorization: as.authorization, params: { id: task } });
const remove = (as: TestMember, task: string, commentId: string) =>
  callRoute(DELETE, {
    method: "DELETE",
    path: `/api/task-enhancements/${task}/comments/${commentId}`,
    authorization: as.authorization,
    params: { id: task, commentId },
  });

async function posted(as: TestMember, task: string, body: string): Promise<TTaskCommentOut> {
  const response = await post(as, task, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as TTaskCommentOut;
}

const mentionsOf = (commentId: string) =>
  db().notification.findMany({
    where: { type: "MENTION", dedupeKey: { startsWith: `comment-mention:${commentId}:` } },
    orderBy: { userId: "asc" },
  });

/** Fixture labels end up in e-mail addresses, so display names with spaces are set here. */
async function named(member: Promise<TestMember>, name: string): Promise<TestMember> {
  const resolved = await member;
  await db().user.update({ where: { id: resolved.auth.userId }, data: { name } });
  return resolved;
}

beforeAll(async () => {
  owner = await named(createHouseholdOwner("olga"), "Olga Owner");
  const householdId = owner.auth.householdId;
  ana = await named(addHouseholdMember(householdId, "MEMBER", "ana"), "Ana Silva");
  ben = await named(addHouseholdMember(householdId, "MEMBER", "ben"), "Ben");
  viewer = await named(addHouseholdMember(householdId, "VIEWER", "vic"), "Vic Viewer");
  taskId = (await db().task.create({ data: { householdId, title: "Clean gutters" } })).id;
});

describe("posting and listing", () => {
  it("stores the comment, resolves member mentions and lists comments oldest first with their authors", async () => {
    const task = (await db().task.create({ data: { householdId: owner.auth.householdId, title: "Paint fence" } })).id;
    const first = await posted(ana, task, `  Shall we, ${mention(ben, "Ben")}?  `);
    expect(first).toMatchObject({
      taskId: task,
      authorId: ana.auth.userId,
      authorName: "Ana Silva",
      body: `Shall we, ${mention(ben, "Ben")}?`,
      mentionedUserIds: [ben.auth.userId],
      canDelete: true,
    });
    const second = await posted(ben, task, "Saturday.");

    const page = (await list(viewer, task)).body as TTaskCommentPage;
    expect(page.items.map((c) => [c.id, c.authorName, c.canDelete])).toEqual([
      [first.id, "Ana Silva", false],
      [second.id, "Ben", false],
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it("pages with a cursor, oldest first", async () => {
    const task = (await db().task.create({ data: { householdId: owner.auth.householdId, title: "Many words" } })).id;
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await posted(owner, task, `Comment ${n}`)).id);
    const first = (await list(owner, task, "?limit=2")).body as TTaskCommentPage;
    expect(first.items.map((c) => c.id)).toEqual(ids.slice(0, 2));
    expect(first.nextCursor).toBe(ids[1]);
    const second = (await list(owner, task, `?limit=2&cursor=${first.nextCursor}`)).body as TTaskCommentPage;
    expect(second.items.map((c) => c.id)).toEqual([ids[2]]);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses an empty or too long body (422) and stores nothing", async () => {
    expect((await post(ana, taskId, { body: "   " })).status).toBe(422);
    expect((await post(ana, taskId, { body: "x".repeat(4_001) })).status).toBe(422);
    expect((await post(ana, taskId, {})).status).toBe(422);
    expect(await db().taskComment.count({ where: { taskId, authorId: ana.auth.userId } })).toBe(0);
  });

  it("comments go when their task is deleted", async () => {
    const task = (await db().task.create({ data: { householdId: owner.auth.householdId, title: "Short-lived" } })).id;
    await posted(ana, task, "bye");
    await db().task.delete({ where: { id: task } });
    expect(await db().taskComment.count({ where: { taskId: task } })).toBe(0);
  });
});

describe("mention notifications", () => {
  it("tells each mentioned member once, not the author, not people outside the household", async () => {
    const stranger = await createHouseholdOwner("stranger");
    const body = `${mention(ana, "Ana Silva")} and ${mention(viewer, "Vic")} please; also ${mention(ana, "Ana")}, ${mention(ben, "Ben")} and ${mention(stranger, "Eve")}`;
    const comment = await posted(ben, taskId, body);
    expect(comment.mentionedUserIds).toEqual([ana.auth.userId, viewer.auth.userId, ben.auth.userId]);

    const rows = await mentionsOf(comment.id);
    expect(rows.map((r) => r.userId).sort()).toEqual([ana.auth.userId, viewer.auth.userId].sort());
    for (const row of rows) {
      expect(row).toMatchObject({
        householdId: owner.auth.householdId,
        title: "Ben mentioned you on “Clean gutters”",
        body: "@Ana Silva and @Vic please; also @Ana, @Ben and @Eve",
        url: `/tasks/${taskId}`,
      });
      expect(row.channels).toContain("IN_APP");
    }
    expect(await db().notification.count({ where: { userId: stranger.auth.userId } })).toBe(0);
  });

  it("members who may not see the task's private asset are not told, and a comment without mentions tells nobody", async () => {
    const diary = await db().asset.create({
      data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: "Diary", visibility: "PRIVATE" },
    });
    const shed = await db().asset.create({
      data: {
        householdId: owner.auth.householdId,
        ownerId: owner.auth.userId,
        name: "Shed",
        visibility: "SHARED",
        shares: { create: { userId: ana.auth.userId } },
      },
    });
    const privateTask = (
      await db().task.create({ data: { householdId: owner.auth.householdId, title: "Private chore", assetId: diary.id } })
    ).id;
    const sharedTask = (await db().task.create({ data: { householdId: owner.auth.householdId, title: "Shed chore", assetId: shed.id } }))
      .id;

    const onPrivate = await posted(owner, privateTask, `${mention(ana, "Ana")} ${mention(ben, "Ben")}`);
    expect(await mentionsOf(onPrivate.id)).toEqual([]);
    const onShared = await posted(owner, sharedTask, `${mention(ana, "Ana")} ${mention(ben, "Ben")}`);
    expect((await mentionsOf(onShared.id)).map((r) => r.userId)).toEqual([ana.auth.userId]);

    const quiet = await posted(owner, sharedTask, "No one in particular.");
    expect(await mentionsOf(quiet.id)).toEqual([]);
  });

  it("a member who turned every MENTION channel off is not told", async () => {
    await db().notificationPreference.createMany({
      data: (["IN_APP", "EMAIL", "PUSH"] as const).map((channel) => ({
        userId: ben.auth.userId,
        householdId: owner.auth.householdId,
        type: "MENTION" as const,
        channel,
        enabled: false,
      })),
    });
    const comment = await posted(ana, taskId, `${mention(ben, "Ben")} fyi`);
    expect(await mentionsOf(comment.id)).toEqual([]);
    await db().notificationPreference.deleteMany({ where: { userId: ben.auth.userId } });
  });
});

describe("who may read, post and delete", () => {
  it("a VIEWER reads comments but may not post (403)", async () => {
    expect((await list(viewer, taskId)).status).toBe(200);
    expect((await post(viewer, taskId, { body: "hello" })).status).toBe(403);
    expect(await db().taskComment.count({ where: { authorId: viewer.auth.userId } })).toBe(0);
  });

  it("the author deletes their own comment; another member may not (403); the owner may", async () => {
    const mine = await posted(ana, taskId, "Mine");
    const other = await posted(ana, taskId, "Also mine");
    expect((await remove(ben, taskId, mine.id)).status).toBe(403);
    expect((await remove(viewer, taskId, mine.id)).status).toBe(403);
    expect((await remove(ana, taskId, mine.id)).status).toBe(204);
    expect((await remove(ana, taskId, mine.id)).status).toBe(404);
    expect((await remove(owner, taskId, other.id)).status).toBe(204);
    expect(await db().taskComment.count({ where: { id: { in: [mine.id, other.id] } } })).toBe(0);
  });

  it("another household's task and comments answer 404, and a comment id under the wrong task too", async () => {
    const stranger = await createHouseholdOwner("stranger");
    const comment = await posted(ana, taskId, "Household business");
    expect((await list(stranger, taskId)).status).toBe(404);
    expect((await post(stranger, taskId, { body: "hi" })).status).toBe(404);
    expect((await remove(stranger, taskId, comment.id)).status).toBe(404);
    const strangerTask = (await db().task.create({ data: { householdId: stranger.auth.householdId, title: "Theirs" } })).id;
    expect((await remove(stranger, strangerTask, comment.id)).status).toBe(404);
    const otherTask = (await db().task.create({ data: { householdId: owner.auth.householdId, title: "Other" } })).id;
    expect((await remove(owner, otherTask, comment.id)).status).toBe(404);
    expect(await db().taskComment.count({ where: { id: comment.id } })).toBe(1);
  });

  it("comments of a task on an asset private to someone else answer 404", async () => {
    const locker = await db().asset.create({
      data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: "Locker", visibility: "PRIVATE" },
    });
    const hidden = (await db().task.create({ data: { householdId: owner.auth.householdId, title: "Hidden", assetId: locker.id } })).id;
    const comment = await posted(owner, hidden, "Only me");
    expect((await list(ana, hidden)).status).toBe(404);
    expect((await post(ana, hidden, { body: "peek" })).status).toBe(404);
    expect((await remove(ana, hidden, comment.id)).status).toBe(404);
    expect(((await list(owner, hidden)).body as TTaskCommentPage).items).toHaveLength(1);
  });
});
