/**
 * Settings read by `npm start` before the web server exists. The whole environment is
 * validated by the one schema (lib/server/config/schema.ts, documented in the README's
 * table): a bad value stops the start with one line per bad variable. DATABASE_URL and
 * AUTH_SECRET may be missing here: start runs an embedded database and generates one.
 */
import path from "node:path";
import { ConfigError, parseConfig, type EnvRecord, type TConfig } from "../../lib/server/config/config";

export type StartupConfig = TConfig;

export function readStartupConfig(env: EnvRecord): StartupConfig {
  try {
    const c = parseConfig(env);
    return { ...c, DATA_DIR: path.resolve(c.DATA_DIR) };
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.message);
    throw error;
  }
}

/** An error whose message is meant to be printed as is, without a stack. */
export class StartupError extends Error {}
