/**
 * The app's configuration: the environment parsed by the one schema (schema.ts), once
 * per process. `npm start`, `npm run worker` and the test setup call it first, so a bad
 * value stops them at once with every problem listed; code reads `config().NAME`.
 */
import "server-only";
import { ZConfig, type SettingName, type TConfig } from "./schema";

export type { SettingName, TConfig } from "./schema";

export type EnvRecord = Readonly<Record<string, string | undefined>>;

/** Every bad variable, one line each: "Invalid configuration: NAME must be ...". Values are never repeated. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.map((p) => `Invalid configuration: ${p}`).join("\n"));
    this.name = "ConfigError";
  }
}

/** Parses an environment; an empty value counts as unset. Throws ConfigError naming every bad variable. */
export function parseConfig(env: EnvRecord): TConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = ZConfig.safeParse(given);
  if (parsed.success) return parsed.data;
  const byName = new Map<string, string[]>();
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? "(configuration)");
    const messages = byName.get(name) ?? [];
    if (!messages.includes(issue.message)) messages.push(issue.message);
    byName.set(name, messages);
  }
  throw new ConfigError([...byName].map(([name, messages]) => `${name} ${messages.join("; ")}`));
}

let cached: TConfig | undefined;

/** The configuration of this process, parsed from process.env on first use and kept. */
export function config(): TConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/**
 * Parses process.env again. For tests and benchmarks that change process.env while
 * running; the app's own environment does not change.
 */
export function reloadConfig(): TConfig {
  cached = undefined;
  return config();
}

/** The given environment parsed (tests pass their own), else this process's configuration. */
export function configFrom(env?: EnvRecord): TConfig {
  return env ? parseConfig(env) : config();
}

/** A variable the schema leaves optional that this kind of process cannot run without. */
export function requireSettings<K extends SettingName>(
  c: TConfig,
  names: readonly K[],
  what: Partial<Record<SettingName, string>> = {},
): TConfig & { [N in K]-?: NonNullable<TConfig[N]> } {
  const missing = names.filter((name) => c[name] === undefined);
  if (missing.length > 0) throw new ConfigError(missing.map((name) => `${name} must be set${what[name] ? ` (${what[name]})` : ""}`));
  return c as TConfig & { [N in K]-?: NonNullable<TConfig[N]> };
}
