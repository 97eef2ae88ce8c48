import { expect, request, test, type APIRequestContext, type Page } from "@playwright/test";
import { signUp, uniqueEmail, uniqueSuffix } from "../support/accounts";

/** A calendar app: no cookie, only the feed's secret address. */
async function poll(calendarApp: APIRequestContext, url: string) {
  const response = await calendarApp.get(url);
  return { status: response.status(), type: response.headers()["content-type"] ?? "", body: await response.text() };
}

function calendarSection(page: Page) {
  return page.getByRole("region", { name: "Calendar", exact: true });
}

function inDays(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test("a member subscribes to a feed, sees a task in it until it is done, and a revoked address answers 404", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  await signUp(page, { name: "Cal Endar", email: uniqueEmail("calendar-feed") });

  const title = `Descale the kettle ${suffix}`;
  const created = await page.request.post("/api/tasks", { data: { title, plannedOn: inDays(3) } });
  expect(created.status()).toBe(201);
  const { id: taskId } = (await created.json()) as { id: string };

  await page.goto("/settings");
  const section = calendarSection(page);
  await expect(section.getByText("No calendar feeds yet")).toBeVisible({ timeout: 30_000 });
  const feedName = `Everything ${suffix}`;
  await section.getByLabel("Feed name").fill(feedName);
  await section.getByLabel("Shows").selectOption({ label: "All household tasks I can see" });
  await section.getByRole("button", { name: "Create feed" }).click();

  // Shown once: the address, a QR code of it for phones and a webcal:// subscribe link.
  const address = section.getByLabel("Feed address");
  await expect(address).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);
  const url = await address.inputValue();
  expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
  await expect(section.getByRole("img", { name: `QR code of the address of “${feedName}”` })).toBeVisible();
  await expect(section.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute(
    "href",
    url.replace(/^https?:/, "webcal:"),
  );

  const calendarApp = await request.newContext();
  try {
    const first = await poll(calendarApp, url);
    expect(first.status).toBe(200);
    expect(first.type).toBe("text/calendar; charset=utf-8");
    expect(first.body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(first.body.replace(/\r\n[ \t]/g, "")).toContain(`SUMMARY:${title}`);

    const done = await page.request.post(`/api/tasks/${taskId}/complete`, { data: {} });
    expect(done.status()).toBe(200);
    const after = await poll(calendarApp, url);
    expect(after.status).toBe(200);
    expect(after.body.replace(/\r\n[ \t]/g, "")).not.toContain(title);

    // Afterwards the list shows only a hint of the address; revoking asks first.
    await section.getByRole("button", { name: "I have subscribed" }).click();
    await expect(address).toBeHidden();
    await section.getByRole("button", { name: `Revoke ${feedName}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Revoke feed" }).click();
    await expect(section.getByText("No calendar feeds yet")).toBeVisible();

    const revoked = await poll(calendarApp, url);
    expect(revoked.status).toBe(404);
    expect(revoked.type).toMatch(/^text\/plain/);
    expect(revoked.body).not.toContain("BEGIN:VCALENDAR");
  } finally {
    await calendarApp.dispose();
  }
});
