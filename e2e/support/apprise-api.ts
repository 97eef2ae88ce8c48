/**
 * The Apprise API server the e2e web server talks to: playwright.config.ts points its
 * APPRISE_API_URL at this port before the server starts, so the spec listens on the same
 * fixed port (E2E_APPRISE_PORT, 3199 unless told).
 */
import { startFakeAppriseApi, type FakeAppriseApi } from "../../lib/apprise/apprise-test-support";

export { notifyBody, type FakeAppriseApi } from "../../lib/apprise/apprise-test-support";

export const E2E_APPRISE_PORT = Number(process.env.E2E_APPRISE_PORT ?? 3199);

export function startE2eAppriseApi(): Promise<FakeAppriseApi> {
  return startFakeAppriseApi(E2E_APPRISE_PORT);
}
