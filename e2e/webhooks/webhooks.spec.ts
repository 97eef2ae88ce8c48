import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { openSettings } from "../support/settings";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";
import { withE2eDatabase } from "../support/database";

interface Received {
  headers: Record<string, string>;
  body: string;
  answered: number;
}

/** A webhook receiver on loopback (the e2e server's OUTBOUND_ALLOW_HOSTS lets it through). */
async function startReceiver() {
  const received: Received[] = [];
  const state = { failNext: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const answered = state.failNext > 0 ? 500 : 200;
      if (state.failNext > 0) state.failNext--;
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      received.push({ headers, body: Buffer.concat(chunks).toString("utf8"), answered });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/dumbassets?token=e2e`,
    host: `127.0.0.1:${port}`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** Waits for the next message of this type the receiver got, and checks it with the reference library. */
async function receivedMessage(receiver: Receiver, type: string, predicate: (m: Received) => boolean = () => true): Promise<Received> {
  await expect
    .poll(() => receiver.received.filter((m) => m.body.includes(`"type":"${type}"`) && predicate(m)).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  const message = receiver.received.find((m) => m.body.includes(`"type":"${type}"`) && predicate(m));
  if (!message) throw new Error(`no ${type} message`);
  return message;
}

const signed = (m: Received) => ({
  "webhook-id": m.headers["webhook-id"] ?? "",
  "webhook-timestamp": m.headers["webhook-timestamp"] ?? "",
  "webhook-signature": m.headers["webhook-signature"] ?? "",
});

async function copyShownSecret(page: Page, dialog: Locator): Promise<string> {
  await dialog.getByRole("button", { name: "Copy secret" }).click();
  await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await expect(dialog.getByLabel("Signing secret")).toHaveValue(copied);
  return copied;
}

test("an owner adds a webhook, receives signed events, reads the delivery log, resends a failure and rotates the secret", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const receiver = await startReceiver();
  try {
    await signUp(page, { name: "Olive Owner", email: uniqueEmail("webhooks") });
    await openSettings(page);
    await page.getByRole("region", { name: "Webhooks" }).getByRole("link", { name: "Manage webhooks" }).click();
    await expect(page).toHaveURL(/\/settings\/webhooks$/);
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(page.getByText("No webhooks yet")).toBeVisible();
    // The catalogue documents each event with an example message.
    await page.getByText("asset.created", { exact: true }).click();
    await expect(page.getByLabel("Example asset.created message")).toContainText('"type": "asset.created"');

    await page.getByRole("button", { name: "Add webhook" }).click();
    const form = page.getByRole("dialog", { name: "Add a webhook" });
    // The server refuses the cloud metadata address; its 422 lands on the URL field.
    await form.getByLabel("URL").fill("http://169.254.169.254/latest/meta-data");
    await form.getByRole("button", { name: "Add webhook" }).click();
    await expect(form.getByText("must not point at a private, loopback or reserved address")).toBeVisible();
    await expect(form.getByLabel("URL")).toBeFocused();

    await form.getByLabel("URL").fill(receiver.url);
    await form.getByLabel("Description").fill("E2E receiver");
    await form.getByRole("radio", { name: "Only the events I choose" }).check();
    await form.getByRole("button", { name: "Add webhook" }).click();
    await expect(form.getByText("Choose at least one event, or All events")).toBeVisible();
    await form.getByRole("checkbox", { name: /^asset\.created/ }).check();
    await form.getByRole("button", { name: "Add webhook" }).click();

    const secretDialog = page.getByRole("dialog", { name: "Webhook added: copy its signing secret" });
    await expect(secretDialog.getByText("it will not be shown again")).toBeVisible();
    const secret = await copyShownSecret(page, secretDialog);
    expect(secret).toMatch(/^whsec_/);
    await secretDialog.getByRole("button", { name: "I have saved it" }).click();
    await expect(secretDialog).toBeHidden();

    const card = page.getByRole("article", { name: "Webhook E2E receiver" });
    await expect(card.getByText(receiver.host, { exact: true })).toBeVisible();
    await expect(card).toContainText("Enabled");
    await expect(card).toContainText("asset.created");
    await expect(card).toContainText("Nothing sent yet");

    // An event the endpoint subscribes to, caused in the app.
    const assetName = `Dishwasher ${uniqueSuffix()}`;
    await page.goto("/assets/new");
    await page.getByLabel("Name").fill(assetName);
    await page.getByRole("button", { name: "Add asset" }).click();
    await expect(page).toHaveURL(/\/assets\/[0-9a-f-]{36}$/);

    const created = await receivedMessage(receiver, "asset.created");
    const message = new Webhook(secret).verify(created.body, signed(created)) as { type: string; data: { name: string } };
    expect(message.type).toBe("asset.created");
    expect(message.data.name).toBe(assetName);

    await page.goto("/settings/webhooks");
    await expect(card.getByText("Delivered")).toBeVisible();
    await page.getByRole("button", { name: "Delivery log" }).click();
    const log = page.getByRole("table", { name: `Deliveries to ${receiver.host}` });
    const createdRow = log.getByRole("row").filter({ hasText: "asset.created" });
    await expect(createdRow).toHaveCount(1);
    await expect(createdRow).toContainText("Delivered");
    await expect(createdRow.getByRole("cell").nth(4)).toHaveText("200");

    // The receiver fails the test event once; "Resend" gets it through.
    receiver.state.failNext = 1;
    await card.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText(`Test event queued for ${receiver.host}`)).toBeVisible();
    const failedRow = log.getByRole("row").filter({ hasText: "webhook.test" }).filter({ hasText: "Failed" });
    await expect(failedRow).toHaveCount(1, { timeout: 20_000 });
    await expect(failedRow.getByRole("cell").nth(4)).toHaveText("500");
    await failedRow.getByRole("button", { name: /^Resend/ }).click();
    await expect(page.getByText("webhook.test queued to be sent again")).toBeVisible();
    // Attempt 1 delivered: the resend (the automatic retry would be attempt 2).
    const resentRow = log
      .getByRole("row")
      .filter({ hasText: "webhook.test" })
      .filter({ hasText: "Delivered" })
      .filter({ has: page.getByRole("cell", { name: "1", exact: true }) });
    await expect(resentRow.first()).toBeVisible({ timeout: 20_000 });
    const failed = await receivedMessage(receiver, "webhook.test", (m) => m.answered === 500);
    const resent = await receivedMessage(receiver, "webhook.test", (m) => m.answered === 200);
    expect(resent.headers["webhook-id"]).toBe(failed.headers["webhook-id"]);
    expect(new Webhook(secret).verify(resent.body, signed(resent))).toMatchObject({ type: "webhook.test" });

    // Rotation: a new secret, shown once; meanwhile messages carry both signatures.
    await card.getByRole("button", { name: "Rotate secret" }).click();
    await page
      .getByRole("dialog", { name: "Rotate the signing secret of E2E receiver?" })
      .getByRole("button", { name: "Rotate secret" })
      .click();
    const rotatedDialog = page.getByRole("dialog", { name: "New signing secret" });
    await expect(rotatedDialog).toContainText("every message carries two signatures");
    const newSecret = await copyShownSecret(page, rotatedDialog);
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    await rotatedDialog.getByRole("button", { name: "I have saved it" }).click();

    const before = receiver.received.length;
    await card.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBeGreaterThan(before);
    const afterRotation = receiver.received[before];
    if (!afterRotation) throw new Error("no message after rotation");
    expect(afterRotation.headers["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(new Webhook(newSecret).verify(afterRotation.body, signed(afterRotation))).toMatchObject({ type: "webhook.test" });
    expect(new Webhook(secret).verify(afterRotation.body, signed(afterRotation))).toMatchObject({ type: "webhook.test" });

    // Disable and re-enable by hand, then delete.
    await card.getByRole("button", { name: "Disable" }).click();
    await expect(card).toContainText("Disabled by a household admin");
    await expect(card.getByRole("button", { name: "Send test event" })).toBeDisabled();
    await card.getByRole("button", { name: "Enable" }).click();
    await expect(card).toContainText("Enabled");
    await card.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog", { name: "Delete the webhook E2E receiver?" }).getByRole("button", { name: "Delete webhook" }).click();
    await expect(page.getByText("No webhooks yet")).toBeVisible();
  } finally {
    await receiver.close();
  }
});

test("a member is told webhooks are for owners and admins", async ({ page }) => {
  const email = uniqueEmail("webhook-member");
  await signUp(page, { name: "Milo Member", email });
  await withE2eDatabase((client) =>
    client.query(`UPDATE "Membership" SET role = 'MEMBER' WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [email]),
  );

  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Manage webhooks" })).toHaveCount(0);
  await page.goto("/settings/webhooks");
  await expect(page.getByText("Owners and admins only")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add webhook" })).toHaveCount(0);
});
