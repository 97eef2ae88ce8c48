/**
 * Every environment variable the app reads, in one place: its parser, its default and
 * what it means. The README's configuration table is generated from this file
 * (`npm run docs:config`, scripts/docs/config-table.ts) and a test fails when they
 * differ; another fails when code reads a variable that is not declared here.
 *
 * Three kinds of variable:
 * - app settings (`section: "app"`): what a person running the app sets; in the README table;
 * - system variables (`section: "system"`): set by the OS or by `npm start` for its children
 *   (NODE_ENV, PATH), parsed like the rest but not for people to set;
 * - test and tooling variables (TOOLING_VARIABLES below): read only by the test runner,
 *   Playwright, benchmarks and build scripts, never by the app; listed, not parsed.
 */
import "server-only";
import { z } from "zod";
import {
  ZAppriseSchemeList,
  zBooleanSetting,
  zCommaList,
  zHttpUrlSetting,
  zIntSetting,
  ZOutboundAllowHosts,
  zPortSetting,
  ZTrustProxy,
} from "./fields";

export interface SettingDoc {
  /** What it means, as the README shows it (Markdown, one line). */
  description: string;
  /** The README's default column, when it is not simply the parsed default (`*(none)*`, `*(generated)*`). */
  shown?: string;
  section?: "app" | "system";
}

export interface Setting<T extends z.ZodType = z.ZodType> extends SettingDoc {
  schema: T;
}

function setting<T extends z.ZodType>(schema: T, doc: SettingDoc): Setting<T> {
  return { schema, ...doc };
}

const VAPID_DESCRIPTION = "web-push keys; when not given they are generated on first use and kept (sealed) in the database";

export const SETTINGS = {
  PORT: setting(zPortSetting().default(3000), { description: "HTTP port" }),
  HOSTNAME: setting(z.string().min(1).default("0.0.0.0"), { description: "interface to listen on" }),
  APP_URL: setting(zHttpUrlSetting().optional(), {
    shown: "`http://localhost:$PORT`",
    description: "the public URL, used in links; `https://` turns on `Secure` cookies",
  }),
  DATA_DIR: setting(z.string().min(1).default("./data"), { description: "embedded database, uploaded files and generated secrets" }),
  DATABASE_URL: setting(z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }).optional(), {
    shown: "*(embedded)*",
    description: "a `postgresql://` URL; without it an embedded PostgreSQL runs with its data in `$DATA_DIR/postgres`",
  }),
  EMBEDDED_DB_PORT: setting(zPortSetting().default(54_329), { description: "port of the embedded PostgreSQL (loopback only)" }),
  AUTH_SECRET: setting(z.string().min(32, { error: "must be at least 32 characters" }).optional(), {
    shown: "*(generated)*",
    description:
      "at least 32 characters; signs session cookies. When not given it is generated on first start and kept in `$DATA_DIR/secrets.json`",
  }),
  MAX_UPLOAD_MB: setting(zIntSetting(1, 1024).default(25), { description: "largest attachment accepted" }),
  SESSION_MAX_AGE_DAYS: setting(zIntSetting(1, 365).default(30), { description: "how long a sign-in lasts" }),
  LOGIN_MAX_ATTEMPTS: setting(zIntSetting(1).default(10), {
    description:
      "wrong passwords one client may try on one account per window (one client across accounts: 5× this). Once an account has had this many from anywhere, sign-ins to it are spaced `LOGIN_BACKOFF_SECONDS` apart rather than blocked, so guessing cannot lock the owner out. The current-password check of a password change is limited the same way. Refusals are `429` with `Retry-After`",
  }),
  LOGIN_BACKOFF_SECONDS: setting(zIntSetting(1, 300).default(5), {
    description: "the spacing between sign-in attempts on an account under attack",
  }),
  LOGIN_WINDOW_MINUTES: setting(zIntSetting(1, 1440).default(15), { description: "the sign-in rate-limit window (at most 1440)" }),
  SIGNUP_MAX_PER_HOUR: setting(zIntSetting(1).default(20), { description: "new accounts one client (address) may create per hour" }),
  TRUST_PROXY: setting(ZTrustProxy, {
    shown: "`false`",
    description:
      "`false`: the client address is the connection's and `X-Forwarded-*` headers are ignored. `true` (one proxy) or a number of proxy hops: the address is read from `X-Forwarded-For` that many entries from the right, and the host for the same-origin check from `X-Forwarded-Host`. Set it only when every request comes through your proxies, or clients can choose their own address",
  }),
  API_RATE_LIMIT_PER_MINUTE: setting(zIntSetting(0).default(600), {
    description:
      "API requests per minute per API token, and per signed-in member; `0` turns it off. Answers carry `RateLimit` and `RateLimit-Policy` headers; over the limit is `429` with `Retry-After`. Counted in PostgreSQL, so it holds across web processes",
  }),
  CALENDAR_FEED_RATE_LIMIT_PER_MINUTE: setting(zIntSetting(0, 100_000).default(30), {
    description:
      "requests per minute one calendar feed URL answers (one client address gets ten times this across feeds); over it is `429` with `Retry-After`; `0` turns it off",
  }),
  MAX_JSON_BODY_KB: setting(zIntSetting(1, 102_400).default(1024), {
    description: "largest JSON request body; larger is refused with `413` before it is parsed (uploads have `MAX_UPLOAD_MB`)",
  }),
  DATABASE_POOL_SIZE: setting(zIntSetting(1, 1000).default(10), { description: "connections per process" }),
  RUN_WORKER: setting(zBooleanSetting().default(true), {
    description: "`npm start` runs the background job worker beside the web server; `false` to run workers separately (`npm run worker`)",
  }),
  WORKER_CONCURRENCY: setting(zIntSetting(1, 256).default(4), { description: "jobs one worker runs at once" }),
  WORKER_BATCH_SIZE: setting(zIntSetting(1, 1000).optional(), {
    shown: "`$WORKER_CONCURRENCY`",
    description: "jobs one worker claims per query",
  }),
  WORKER_POLL_INTERVAL_MS: setting(zIntSetting(10).default(2_000), {
    description: "fallback polling; workers wake on PostgreSQL `NOTIFY` first",
  }),
  WORKER_LEASE_MS: setting(zIntSetting(100).default(30_000), {
    description: "how long a claimed job is held before another worker may take it over (crash recovery)",
  }),
  WORKER_SHUTDOWN_TIMEOUT_MS: setting(zIntSetting(0).default(10_000), {
    description: "on SIGTERM, how long running jobs may finish before they are handed back",
  }),
  LOG_LEVEL: setting(z.enum(["debug", "info", "warn", "error"], { error: "must be debug, info, warn or error" }).default("info"), {
    description: "`debug` for more",
  }),
  SMTP_URL: setting(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(), {
    shown: "*(none)*",
    description: "`smtp://user:pass@host:587` or `smtps://…`; without it, e-mail is kept in the app's outbox table instead of being sent",
  }),
  SMTP_FROM: setting(
    z.string().trim().min(3, { error: "must be a sender such as Name <address@example.com>" }).default("DumbAssets <dumbassets@localhost>"),
    {
      description: "sender of e-mail",
    },
  ),
  OUTBOUND_ALLOW_HOSTS: setting(ZOutboundAllowHosts, {
    shown: "*(none)*",
    description:
      "comma-separated hostnames, IPs or CIDR ranges that webhooks (and the hosts in Apprise URLs) may reach although they are private or loopback (e.g. a home server at `192.168.1.0/24`); everything non-public is refused otherwise",
  }),
  APPRISE_API_URL: setting(z.string().trim().pipe(zHttpUrlSetting("must be an http:// or https:// URL")).optional(), {
    shown: "*(none)*",
    description:
      "an [Apprise API](https://github.com/caronc/apprise-api) server; without it the `apprise` command is used when installed (members add their Apprise URLs, and the household's, under Settings → Apprise, which says when neither is available)",
  }),
  APPRISE_ALLOWED_SCHEMES: setting(ZAppriseSchemeList, {
    shown: "*(none: every scheme)*",
    description:
      "comma-separated Apprise schemes (e.g. `tgram,ntfy,mailto`); when set, Apprise URLs with any other scheme are refused (422) when saved and not sent",
  }),
  APPRISE_DENIED_SCHEMES: setting(ZAppriseSchemeList, {
    shown: "*(none)*",
    description:
      "comma-separated Apprise schemes that are refused, even if allowed above. Whatever these say, URLs whose host Apprise would call for us (`json://`, `xml://`, `form://`, `http(s)://`, self-hosted services such as `gotify://`, `mmost://`, `ntfy://host/topic`, and the SMTP server of `mailto://`, MQTT, Growl and remote syslog) must name a public host or one `OUTBOUND_ALLOW_HOSTS` lists, checked when saved and before each send",
  }),
  // The three VAPID variables share one README row (same description and default).
  VAPID_PUBLIC_KEY: setting(z.string().optional(), { shown: "*(generated)*", description: VAPID_DESCRIPTION }),
  VAPID_PRIVATE_KEY: setting(z.string().optional(), { shown: "*(generated)*", description: VAPID_DESCRIPTION }),
  VAPID_SUBJECT: setting(z.string().optional(), { shown: "*(generated)*", description: VAPID_DESCRIPTION }),
  SECRET_BOX_PREVIOUS_SECRETS: setting(
    zCommaList()
      .optional()
      .transform((v) => v ?? []),
    {
      shown: "*(none)*",
      description:
        "earlier `AUTH_SECRET` values, comma-separated, so secrets sealed with them (webhook signing secrets) can still be read after you rotate it",
    },
  ),

  NODE_ENV: setting(
    z.enum(["development", "production", "test"], { error: "must be development, production or test" }).default("development"),
    {
      section: "system",
      description: "set by `npm start` (`production`) and `npm run dev` (`development`), and by the test runner (`test`)",
    },
  ),
  PATH: setting(z.string().optional(), {
    section: "system",
    description: "where the `apprise` command is looked for when `APPRISE_API_URL` is not set",
  }),
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;

type Shape = { [K in SettingName]: (typeof SETTINGS)[K]["schema"] };

const shape = Object.fromEntries(Object.entries(SETTINGS).map(([name, s]) => [name, s.schema])) as Shape;

/**
 * The whole configuration. Defaults that depend on another variable are filled in here;
 * rules across variables are checked here.
 */
export const ZConfig = z
  .object(shape)
  .superRefine((c, ctx) => {
    if (Boolean(c.VAPID_PUBLIC_KEY) !== Boolean(c.VAPID_PRIVATE_KEY)) {
      const missing = c.VAPID_PUBLIC_KEY ? "VAPID_PRIVATE_KEY" : "VAPID_PUBLIC_KEY";
      ctx.addIssue({ code: "custom", path: [missing], message: "must be set with the other VAPID key (set both, or neither)" });
    }
  })
  .transform((c) => ({
    ...c,
    APP_URL: c.APP_URL ?? `http://localhost:${c.PORT}`,
    WORKER_BATCH_SIZE: c.WORKER_BATCH_SIZE ?? c.WORKER_CONCURRENCY,
  }));

export type TConfig = z.output<typeof ZConfig>;

/**
 * Variables read only by tests, Playwright, benchmarks and build tooling: never by the
 * app, so not in the README's table and not parsed by config(). A source scan
 * (tests/lint/env-reads.test.ts) fails on a read of anything neither here nor in SETTINGS.
 */
export const TOOLING_VARIABLES: Readonly<Record<string, string>> = {
  CI: "set by CI services: Playwright prints a plain list instead of writing an HTML report",
  TEST_ADMIN_DATABASE_URL: "a PostgreSQL server (superuser URL) for integration tests; `npm test` starts an embedded one when unset",
  TMPDIR: "where integration tests put each file's DATA_DIR",
  FUZZ_RUNS: "runs per operation of the OpenAPI fuzz test (lib/openapi/fuzz.int.test.ts), default 40",
  FUZZ_SEED: "replays one fuzz run (the seed a failure printed)",
  E2E_PORT: "port of the server Playwright starts (default 3100)",
  E2E_DATABASE_URL: "database of that server (scripts/test.ts creates one)",
  E2E_DATA_DIR: "DATA_DIR of that server (default ./data/e2e)",
  E2E_APPRISE_PORT: "port of the fake Apprise API server of the browser tests (default 3199)",
  CHROMIUM_PATH: "a Chromium for Playwright when it is not /usr/bin/chromium",
  TZ: "the process time zone; the calendar feed tests run under two to prove the output does not depend on it",
  UPDATE_GOLDEN:
    "`1` rewrites the calendar feed golden file (lib/calendar-feeds/ical/__golden__/household.ics) instead of comparing with it",
  UPDATE_WEBHOOK_DOC: "`1` rewrites the webhook payload document instead of failing when it is out of date",
  HANG_AFTER_SIDE_EFFECT: "worker test fixture: `1` makes its handler hang after its side effect",
  PRISMA_SCHEMA_ENGINE_BINARY: "Prisma's schema engine; scripts/db points it at a placeholder (migrations run on the WebAssembly engine)",
};
