import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";
import { withE2eDatabase } from "../support/database";

/** Joins Ben to Ana's household (no invitation screen exists yet) with a bystander whose name also starts with "B". */
async function joinAnasHousehold(anaEmail: string, benEmail: string): Promise<void> {
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: string; email: string; activeHouseholdId: string }>(
      `SELECT id, email, "activeHouseholdId" FROM "User" WHERE email = ANY($1)`,
      [[anaEmail, benEmail]],
    );
    const householdId = rows.find((r) => r.email === anaEmail)?.activeHouseholdId;
    const benId = rows.find((r) => r.email === benEmail)?.id;
    const beaId = randomUUID();
    await client.query(`INSERT INTO "Membership" (id, "userId", "householdId", role) VALUES ($1, $2, $3, 'MEMBER')`, [
      randomUUID(),
      benId,
      householdId,
    ]);
    await client.query(`UPDATE "User" SET "activeHouseholdId" = $1 WHERE id = $2`, [householdId, benId]);
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "activeHouseholdId", "updatedAt") VALUES ($1, $2, 'Bea Bystander', 'x', $3, now())`,
      [beaId, uniqueEmail("bea"), householdId],
    );
    await client.query(`INSERT INTO "Membership" (id, "userId", "householdId", role) VALUES ($1, $2, $3, 'MEMBER')`, [
      randomUUID(),
      beaId,
      householdId,
    ]);
  });
}

test("a member @mentions another in a task comment with the keyboard; the mention reaches them and opens the task", async ({ browser }) => {
  const suffix = uniqueSuffix();
  const taskTitle = `Clean gutters ${suffix}`;
  const anaEmail = uniqueEmail("ana");
  const benEmail = uniqueEmail("ben");

  const anaContext = await browser.newContext();
  const ana = await anaContext.newPage();
  await signUp(ana, { name: "Ana Author", email: anaEmail, household: `Comment home ${suffix}` });
  const benContext = await browser.newContext();
  const ben = await benContext.newPage();
  await signUp(ben, { name: "Ben Mentioned", email: benEmail });
  await joinAnasHousehold(anaEmail, benEmail);

  const created = await ana.request.post("/api/tasks", { data: { title: taskTitle } });
  expect(created.status()).toBe(201);
  const taskId = ((await created.json()) as { id: string }).id;

  await ana.goto(`/tasks/${taskId}`);
  await expect(ana.getByRole("heading", { level: 1, name: taskTitle })).toBeVisible();
  const comments = ana.getByRole("region", { name: "Comments" });
  await expect(comments.getByText("No comments yet.", { exact: false })).toBeVisible();

  const box = comments.getByLabel("Add a comment");
  const suggestions = comments.getByRole("listbox", { name: "Members to mention" });
  await box.pressSequentially("Could @b");
  await expect(suggestions.getByRole("option")).toHaveText(["Ben Mentioned", "Bea Bystander"]);
  await expect(suggestions.getByRole("option", { name: "Ben Mentioned" })).toHaveAttribute("aria-selected", "true");

  // Escape closes the suggestions; typing a new "@" opens them again.
  await box.press("Escape");
  await expect(suggestions).toBeHidden();
  await box.press("Backspace");
  await box.press("Backspace");
  await box.pressSequentially("@be");
  await expect(suggestions.getByRole("option")).toHaveText(["Ben Mentioned", "Bea Bystander"]);

  // Arrow keys move the highlight (announced through aria-activedescendant) and wrap.
  await box.press("ArrowDown");
  const bea = suggestions.getByRole("option", { name: "Bea Bystander" });
  await expect(bea).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await bea.getAttribute("id")) ?? "");
  await box.press("ArrowDown");
  const benOption = suggestions.getByRole("option", { name: "Ben Mentioned" });
  await expect(benOption).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await benOption.getAttribute("id")) ?? "");
  await box.press("Enter");
  await expect(suggestions).toBeHidden();
  await expect(box).toHaveValue("Could @Ben Mentioned ");
  await box.pressSequentially("check the ladder?");
  await comments.getByRole("button", { name: "Comment", exact: true }).click();

  const list = comments.getByRole("list", { name: "Comments" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("listitem").first()).toContainText("Ana Author");
  await expect(list.getByRole("listitem").first()).toContainText("just now");
  await expect(list.locator("[data-mention]")).toHaveText("@Ben Mentioned");
  await expect(list.getByRole("listitem").first()).toContainText("Could @Ben Mentioned check the ladder?");
  await expect(box).toHaveValue("");

  // Ben sees the mention in his bell and list, and it opens the task with the comment.
  await ben.goto("/dashboard");
  await ben.getByRole("link", { name: "Notifications, 1 unread" }).click();
  const mentionItem = ben.getByRole("list", { name: "Notifications" }).getByRole("listitem").first();
  await expect(mentionItem).toContainText(`Unread: Ana Author mentioned you on “${taskTitle}”`);
  await expect(mentionItem).toContainText("Could @Ben Mentioned check the ladder?");
  await mentionItem.getByRole("link").click();
  await expect(ben).toHaveURL(new RegExp(`/tasks/${taskId}$`));
  await expect(ben.getByRole("heading", { level: 1, name: taskTitle })).toBeVisible();
  const benComments = ben.getByRole("region", { name: "Comments" });
  await expect(benComments.locator("[data-mention]")).toHaveText("@Ben Mentioned");
  await expect(benComments.getByRole("button", { name: /Delete comment/ })).toHaveCount(0);

  // Ana deletes her own comment.
  await comments.getByRole("button", { name: "Delete comment by Ana Author" }).click();
  await ana.getByRole("dialog", { name: "Delete this comment?" }).getByRole("button", { name: "Delete comment" }).click();
  await expect(ana.getByText("Comment deleted")).toBeVisible();
  await expect(comments.getByText("No comments yet.", { exact: false })).toBeVisible();

  await anaContext.close();
  await benContext.close();
});
