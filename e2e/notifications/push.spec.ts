import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";
import { withE2eDatabase } from "../support/database";
import {
  clickNotification,
  deliverPush,
  shownNotifications,
  startPushService,
  stubPushManager,
  subscribedServerKey,
  type PushService,
  type ReceivedPush,
} from "../support/push-service";

let pushService: PushService;

test.beforeAll(async () => {
  pushService = await startPushService();
});

test.afterAll(async () => {
  await pushService.close();
});

/** There is no invitation screen yet: the member joins the owner's household in the database. */
async function joinHousehold(memberEmail: string, ownerEmail: string): Promise<{ householdId: string }> {
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ householdId: string }>(
      `SELECT "activeHouseholdId" AS "householdId" FROM "User" WHERE email = $1`,
      [ownerEmail],
    );
    const householdId = rows[0]?.householdId;
    if (!householdId) throw new Error(`no household for ${ownerEmail}`);
    await client.query(
      `INSERT INTO "Membership" (id, "userId", "householdId", role) SELECT gen_random_uuid(), id, $2, 'MEMBER' FROM "User" WHERE email = $1`,
      [memberEmail, householdId],
    );
    await client.query(`UPDATE "User" SET "activeHouseholdId" = $2 WHERE email = $1`, [memberEmail, householdId]);
    return { householdId };
  });
}

/** The owner creates a weekly chore for the member: its first task is assigned to them. */
async function assignNewChore(owner: Page, title: string, assignee: string) {
  await owner.goto("/schedules/new");
  await owner.getByLabel("Title", { exact: true }).fill(title);
  await owner.getByLabel("Every", { exact: true }).fill("1");
  await owner.getByLabel("Unit").selectOption("WEEK");
  await owner.getByRole("group", { name: "Assignees" }).getByRole("checkbox", { name: assignee }).check();
  await owner.getByRole("button", { name: "Create schedule" }).click();
  await expect(owner).toHaveURL(/\/schedules$/);
  await expect(owner.getByRole("list", { name: "Schedules" }).getByText(title)).toBeVisible();
}

test("a member turns on push, a task assigned to them arrives and its tap opens the task; with push off for assignments, only the in-app notification comes", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const ownerEmail = uniqueEmail("push-owner");
  const memberEmail = uniqueEmail("push-member");

  const ownerContext = await browser.newContext();
  const memberContext = await browser.newContext();
  await memberContext.grantPermissions(["notifications"], { origin: baseURL });
  await stubPushManager(memberContext, pushService.subscription);
  const owner = await ownerContext.newPage();
  const member = await memberContext.newPage();

  await signUp(owner, { name: "Olga Owner", email: ownerEmail, household: "Push home" });
  await signUp(member, { name: "Milo Member", email: memberEmail });
  const { householdId } = await joinHousehold(memberEmail, ownerEmail);

  // The member turns push on for this device in Settings.
  await member.goto("/settings");
  const notificationSettings = member.getByRole("region", { name: "Notifications" });
  await notificationSettings.getByRole("button", { name: "Turn on push notifications on this device" }).click();
  await expect(member.getByText("Push notifications are on for this device.")).toBeVisible();
  await member.reload();
  await expect(notificationSettings.getByText("This device receives push notifications for the types ticked under Push.")).toBeVisible();
  const { publicKey } = (await (await member.request.get("/api/notifications/push/vapid-public-key")).json()) as { publicKey: string };
  expect(await subscribedServerKey(member)).toBe(publicKey);

  // The owner assigns a chore to the member; the worker pushes it to the member's device.
  const firstChore = `Descale the kettle ${suffix}`;
  await assignNewChore(owner, firstChore, "Milo Member");
  await expect.poll(() => pushService.received.length, { timeout: 30_000 }).toBe(1);
  expect(pushService.refused).toEqual([]);
  const push = pushService.received[0] as ReceivedPush;
  expect(push).toMatchObject({
    vapidKey: publicKey,
    vapidAudience: new URL(pushService.subscription.endpoint).origin,
    ttl: String(7 * 24 * 3600),
    urgency: "normal",
  });
  const payload = JSON.parse(push.text) as { title: string; body: string; url: string; tag: string };
  expect(payload).toMatchObject({
    title: `You were assigned "${firstChore}"`,
    body: `"${firstChore}" is now yours to do.`,
    url: expect.stringMatching(/^\/tasks\/[0-9a-f-]{36}$/),
  });
  const taskUrl = `${baseURL}${payload.url}`;

  // The push service hands the message to the member's browser: the service worker shows it.
  await deliverPush(member, push.text);
  await expect
    .poll(() => shownNotifications(member))
    .toEqual([{ title: payload.title, body: payload.body, tag: payload.tag, data: { url: payload.url } }]);

  // A tap opens the task in the app's window, and dismisses the notification.
  const serviceWorker = memberContext.serviceWorkers()[0] ?? (await memberContext.waitForEvent("serviceworker"));
  expect(serviceWorker.url()).toBe(`${baseURL}/sw.js`);
  await clickNotification(serviceWorker);
  await expect(member).toHaveURL(taskUrl);
  await expect(member.getByRole("heading", { level: 1, name: firstChore })).toBeVisible();
  await expect.poll(() => shownNotifications(member)).toEqual([]);

  // The member turns push off for assignments.
  await member.goto("/settings");
  await notificationSettings.getByRole("checkbox", { name: "Push for Task assigned to you" }).uncheck();
  await expect(member.getByText("Push for Task assigned to you is off.")).toBeVisible();

  // The next assignment reaches the member in the app and by e-mail, but not by push.
  const secondChore = `Oil the hinges ${suffix}`;
  await assignNewChore(owner, secondChore, "Milo Member");
  await member.goto("/dashboard");
  await member.getByRole("link", { name: "Notifications, 2 unread" }).click();
  await expect(member.getByRole("list", { name: "Notifications" }).getByRole("listitem").first()).toContainText(
    `Unread: You were assigned "${secondChore}"`,
  );
  // The e-mail (kept in the outbox: no SMTP here) was enqueued with any push in the same
  // transaction: once the worker has sent it, a push would have been enqueued too.
  await owner.goto("/settings");
  const outbox = owner.getByRole("region", { name: "Outbox" });
  await expect(async () => {
    await owner.reload();
    await expect(outbox.getByText(`You were assigned "${secondChore}" (Push home)`, { exact: true })).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
  const pushJobs = await withE2eDatabase(
    async (client) =>
      (await client.query<{ count: string }>(`SELECT count(*) FROM "Job" WHERE kind = 'send-push' AND "householdId" = $1`, [householdId]))
        .rows[0]?.count,
  );
  expect(pushJobs).toBe("1");
  expect(pushService.received).toHaveLength(1);
  expect(pushService.refused).toEqual([]);

  await ownerContext.close();
  await memberContext.close();
});
