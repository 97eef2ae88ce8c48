import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "../support/accounts";

function scriptSource(policy: string | null): string {
  return policy?.split("; ").find((directive) => directive.startsWith("script-src ")) ?? "";
}

/** Collects what the browser reports as blocked by the page's policy. */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|evaluate|apply)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("pages carry a fresh nonce-based policy and every script on them uses it", async ({ page }) => {
  const first = await page.goto("/sign-in");
  const policy = first!.headers()["content-security-policy"] ?? null;
  const script = scriptSource(policy);
  expect(script).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'$/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(first!.headers()["x-content-type-options"]).toBe("nosniff");
  // HSTS only with an https APP_URL; these tests serve plain http.
  expect(first!.headers()["strict-transport-security"]).toBeUndefined();

  const nonce = /'nonce-([^']+)'/.exec(script)![1]!;
  const inlineScripts = await page
    .locator("script:not([src])")
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
  expect(inlineScripts.length).toBeGreaterThan(0);
  for (const value of inlineScripts) expect(value).toBe(nonce);

  const second = await page.goto("/sign-in");
  expect(scriptSource(second!.headers()["content-security-policy"] ?? null)).not.toBe(script);
});

test("the main pages run under the policy without a single violation", async ({ page }) => {
  const violations = watchPolicyViolations(page);
  await signUp(page, { name: "Csp Tester", email: uniqueEmail("csp") });
  for (const path of ["/dashboard", "/assets", "/tasks", "/schedules", "/settings"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("API answers let nothing load, and unknown paths and methods answer problem+json", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.headers()["content-security-policy"]).toMatch(/^default-src 'none'/);

  const missing = await request.get("/api/no-such-thing");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/problem+json");
  expect(await missing.json()).toMatchObject({ status: 404, code: "NOT_FOUND" });

  const wrongMethod = await request.put("/api/tags", { data: {} });
  expect(wrongMethod.status()).toBe(405);
  expect(wrongMethod.headers()["content-type"]).toContain("application/problem+json");
  expect(wrongMethod.headers()["allow"]).toBe("GET, POST, HEAD, OPTIONS");
  expect(await wrongMethod.json()).toMatchObject({ status: 405, code: "METHOD_NOT_ALLOWED" });

  const deep = await request.delete("/api/tasks/calendar");
  expect(deep.status()).toBe(405);
  expect(deep.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
});

test("the API reference renders the operations under the page policy, linked from Settings", async ({ page }) => {
  const violations = watchPolicyViolations(page);
  await signUp(page, { name: "Docs Reader", email: uniqueEmail("docs") });
  await page.goto("/settings");
  const link = page.getByRole("link", { name: "API reference" });
  await expect(link).toHaveAttribute("href", "/api/docs");
  const docs = await page.goto("/api/docs");
  expect(docs!.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  await expect(page.getByRole("heading", { name: /DumbAssets/ }).first()).toBeVisible();
  await expect(page.getByText("/api/assets/{id}", { exact: true }).first()).toBeVisible();
  expect(violations).toEqual([]);
});
