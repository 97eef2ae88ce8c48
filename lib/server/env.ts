/**
 * The web server's view of the configuration (lib/server/config): every variable parsed
 * by the one schema, with DATABASE_URL and AUTH_SECRET required. `scripts/start.ts` fills
 * in generated secrets and the embedded database URL before the web server starts, so by
 * the time this runs everything required is present.
 */
import "server-only";
import { config, requireSettings, type TConfig } from "./config/config";

export { ZAppriseSchemeList, ZTrustProxy } from "./config/fields";

export type TServerEnv = TConfig & { DATABASE_URL: string; AUTH_SECRET: string };

export function serverEnv(): TServerEnv {
  return requireSettings(config(), ["DATABASE_URL", "AUTH_SECRET"], {
    DATABASE_URL: "a postgresql:// URL",
    AUTH_SECRET: "at least 32 characters",
  });
}
