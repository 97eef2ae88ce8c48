import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production server (`npm test` builds it and creates
 * E2E_DATABASE_URL). Chromium comes from the system (/usr/bin/chromium, Debian's
 * package) or from Playwright's own download, whichever is present.
 */
function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const system = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser.
  throw new Error(
    "No Chromium found. Install one with `apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH.",
  );
}

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npx tsx --import ./scripts/lib/server-only.mjs scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      APP_URL: baseURL,
      // Without E2E_DATABASE_URL (a bare `npx playwright test`), the server starts its embedded database.
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
      DATA_DIR: process.env.E2E_DATA_DIR ?? "./data/e2e",
      AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef",
      // Sign-in attempts from the single test client would otherwise trip the limit.
      LOGIN_MAX_ATTEMPTS: "50",
      // Every spec signs up its own people from this one client.
      SIGNUP_MAX_PER_HOUR: "1000",
      // Generous: specs poll and click fast, but the limit stays on as in production.
      API_RATE_LIMIT_PER_MINUTE: "6000",
      // The push spec's stand-in push service listens on loopback, which the SSRF guard refuses otherwise.
      OUTBOUND_ALLOW_HOSTS: "127.0.0.1",
      // The Apprise spec's stand-in Apprise API server listens here (e2e/support/apprise-api.ts).
      APPRISE_API_URL: `http://127.0.0.1:${process.env.E2E_APPRISE_PORT ?? 3199}`,
    },
  },
});
