/**
 * The app's configuration, read from environment variables and validated once.
 * `scripts/start.ts` fills in generated secrets and the embedded database URL before
 * the web server starts, so by the time this runs everything required is present.
 */
import "server-only";
import { z } from "zod";

/**
 * A comma-separated list of Apprise schemes ("json, tgram"), as lower-case names without
 * "://". Unset or empty: no list.
 */
export const ZAppriseSchemeList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((s) =>
        s
          .trim()
          .toLowerCase()
          .replace(/:\/\/$/, ""),
      )
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[a-z][a-z0-9+.-]{0,31}$/, { message: "must list Apprise schemes such as json,tgram" })));

/** TRUST_PROXY: "false" | "true" (one hop) | a number of hops, as a number of hops. */
export const ZTrustProxy = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(true|false|\d{1,2})$/, { message: "must be false, true or a number of proxy hops" })
  .optional()
  .transform((v) => (v === undefined || v === "false" ? 0 : v === "true" ? 1 : Number(v)));

export const ZServerEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "must be a postgresql:// URL" }),
  DATA_DIR: z.string().min(1).default("./data"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters" }),
  MAX_UPLOAD_MB: z.coerce.number().int().positive().max(1024).default(25),
  SESSION_MAX_AGE_DAYS: z.coerce.number().int().positive().max(365).default(30),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(10),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().max(1440).default(15),
  /** New accounts one client may create per hour. */
  SIGNUP_MAX_PER_HOUR: z.coerce.number().int().positive().default(20),
  /**
   * Reverse proxies in front of the app whose X-Forwarded-For / X-Forwarded-Host are
   * trusted: false (none, the default), true (one), or a number of hops.
   */
  TRUST_PROXY: ZTrustProxy,
  /** Largest JSON request body, in KiB (uploads have MAX_UPLOAD_MB). */
  MAX_JSON_BODY_KB: z.coerce.number().int().positive().max(102_400).default(1024),
  /** API requests per minute per API token and per signed-in member; 0 turns the limit off. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Once an account has had LOGIN_MAX_ATTEMPTS failures, sign-ins to it are spaced this many seconds apart. */
  LOGIN_BACKOFF_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
  /** When set, only Apprise URLs with these schemes are accepted (lib/apprise/scheme-policy.ts). */
  APPRISE_ALLOWED_SCHEMES: ZAppriseSchemeList,
  /** Apprise URLs with these schemes are refused, whatever APPRISE_ALLOWED_SCHEMES says. */
  APPRISE_DENIED_SCHEMES: ZAppriseSchemeList,
});

export type TServerEnv = z.infer<typeof ZServerEnv>;

/** Formats a zod failure as one line per setting, naming it. */
export function describeEnvProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `Invalid configuration: ${issue.path.join(".") || "(root)"} ${issue.message}`).join("\n");
}

let cached: TServerEnv | undefined;

export function serverEnv(): TServerEnv {
  if (cached) return cached;
  const parsed = ZServerEnv.safeParse(process.env);
  if (!parsed.success) throw new Error(describeEnvProblems(parsed.error));
  cached = parsed.data;
  return cached;
}
