import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";

/** Invites an address from Settings → Members, as an owner or admin does. */
async function invite(page: Page, email: string, role: "Admin" | "Member" | "Viewer") {
  await page.goto("/settings");
  const members = page.getByRole("region", { name: "Members" });
  await members.getByRole("button", { name: "Invite" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite someone" });
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("Role").selectOption({ label: role });
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await expect(members.getByRole("list", { name: "Pending invitations" }).getByRole("listitem").filter({ hasText: email })).toContainText(
    role,
  );
}

/**
 * With no SMTP server configured the worker keeps mail in the outbox, which Settings
 * shows to owners: read the invitation link there, as the invitee would in their inbox.
 */
async function linkFromOutbox(page: Page, email: string): Promise<string> {
  const outbox = page.getByRole("region", { name: "Outbox" });
  const mail = outbox.getByRole("listitem").filter({ hasText: `to ${email}` });
  // The worker sends in the background: reload until it has.
  await expect(async () => {
    await page.reload();
    // Settings renders a dozen sections; on a busy machine the outbox fills in after a few seconds.
    await expect(mail).toHaveCount(1, { timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
  await mail.getByText(/^You're invited to/).click();
  const text = (await mail.locator("pre").textContent()) ?? "";
  const link = text.match(/https?:\/\/\S+\/invite\/inv_[\w-]+/)?.[0];
  expect(link, text).toBeTruthy();
  return link ?? "";
}

test("an owner invites an address; its new account follows the e-mailed link, joins and sees the household's assets", async ({
  browser,
}) => {
  const household = `Maple house ${uniqueSuffix()}`;
  const asset = `Lawn mower ${uniqueSuffix()}`;
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signUp(owner, { name: "Olive Owner", email: uniqueEmail("inviter"), household });
  await owner.goto("/assets/new");
  await owner.getByLabel("Name").fill(asset);
  await owner.getByRole("button", { name: "Add asset" }).click();
  await expect(owner).toHaveURL(/\/assets\/[0-9a-f-]{36}$/);

  const inviteeEmail = uniqueEmail("invitee");
  await invite(owner, inviteeEmail, "Member");
  const link = await linkFromOutbox(owner, inviteeEmail);

  // The invitee has no account yet: a fresh browser.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1, name: `Join ${household}` })).toBeVisible();
  await expect(invitee.getByText("Olive Owner invited you")).toBeVisible();
  await expect(invitee.getByText("as a member: adds and edits assets")).toBeVisible();
  await invitee.getByRole("link", { name: "Create an account" }).click();

  await expect(invitee.getByLabel("Email")).toHaveValue(inviteeEmail);
  await invitee.getByLabel("Your name").fill("Ivy Invitee");
  await invitee.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await invitee.getByRole("button", { name: "Create account" }).click();

  // Back on the invitation, now signed in as the invited address.
  await expect(invitee).toHaveURL(link);
  await invitee.getByRole("button", { name: `Join ${household}` }).click();
  await expect(invitee).toHaveURL(/\/dashboard$/);
  await invitee.goto("/assets");
  await expect(invitee.getByRole("link", { name: asset })).toBeVisible();

  // The link worked once.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1, name: "This invitation has already been used" })).toBeVisible();

  // The owner now sees a member where the invitation was.
  await owner.goto("/settings");
  const members = owner.getByRole("region", { name: "Members" });
  await expect(members.getByRole("list", { name: "Members" }).getByRole("listitem").filter({ hasText: inviteeEmail })).toContainText(
    "Member",
  );
  await expect(members.getByText("No pending invitations.")).toBeVisible();

  await ownerContext.close();
  await inviteeContext.close();
});

test("a revoked invitation's link says it was revoked", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signUp(owner, { name: "Rita Revoker", email: uniqueEmail("revoker"), household: `Birch house ${uniqueSuffix()}` });
  const email = uniqueEmail("uninvited");
  await invite(owner, email, "Viewer");
  const link = await linkFromOutbox(owner, email);

  const members = owner.getByRole("region", { name: "Members" });
  await members.getByRole("button", { name: `Revoke the invitation for ${email}` }).click();
  await owner
    .getByRole("dialog", { name: `Revoke the invitation for ${email}?` })
    .getByRole("button", { name: "Revoke invitation" })
    .click();
  await expect(owner.getByText(`Revoked the invitation for ${email}`)).toBeVisible();
  await expect(members.getByText("No pending invitations.")).toBeVisible();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { level: 1, name: "This invitation was revoked" })).toBeVisible();
  await expect(visitor.getByRole("button", { name: /^Join/ })).toHaveCount(0);

  await ownerContext.close();
  await visitorContext.close();
});
