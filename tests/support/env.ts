/**
 * Changes process.env in a test and parses the configuration again (config() keeps what
 * it read first, as the app's own environment never changes). `undefined` deletes.
 */
import { reloadConfig } from "@/lib/server/config/config";

export function setEnv(vars: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  reloadConfig();
}
