/**
 * Which Apprise URLs we hand to Apprise. Apprise (the API server or the CLI) makes the
 * actual connection, so our outbound guard never sees it: `json://10.0.0.5/` or
 * `form://169.254.169.254/` would have Apprise call an internal host for us. So:
 * - the schemes whose host is wherever the user says (the custom json/xml/form posts,
 *   plain http(s) URLs, the self-hosted services in Apprise's service list, e-mail's
 *   SMTP server, MQTT, Growl and remote syslog) have
 *   that host checked by the outbound rule: every address it resolves to must be
 *   public unless OUTBOUND_ALLOW_HOSTS names the host or its range;
 * - APPRISE_ALLOWED_SCHEMES (when set) and APPRISE_DENIED_SCHEMES narrow the schemes;
 * - a URL must be one URL: Apprise splits "a://x,b://y" into two, which would smuggle
 *   a second, unchecked one;
 * - its authority must read the same to Apprise (Python) as to us (WHATWG): no second
 *   "@", no backslash, no blanks.
 * Checked when a target is saved and again before every send (an address can change,
 * and so can the configuration). Apprise resolves the name again itself, so a DNS
 * answer that changes in between (rebinding) is not covered: put Apprise where it
 * cannot reach what it must not, too.
 */
import "server-only";
import { configFrom, type EnvRecord } from "@/lib/server/config/config";
import {
  outboundAllowList,
  OutboundHttpError,
  resolveAllowedAddresses,
  type OutboundAllowList,
  type Resolver,
} from "@/lib/server/outbound-http";
import { appriseScheme } from "./apprise-target";

type HostRule = "host" | ((url: URL) => boolean);

/** The URL's path segments and `to=` entries: a service's targets (topics, rooms). */
function targets(url: URL): string[] {
  const fromPath = url.pathname.split("/").filter(Boolean);
  const fromQuery = (url.searchParams.get("to") ?? "").split(/[\s,]+/).filter(Boolean);
  return [...fromPath, ...fromQuery];
}

/** ntfy: without a mode, a URL with topics names a server; `ntfy://topic` is ntfy.sh's cloud. */
const ntfyNamesServer = (url: URL) => {
  const mode = url.searchParams.get("mode")?.toLowerCase();
  return mode ? mode === "private" : targets(url).length > 0;
};

/** matrix: `matrix://token` (no password, no rooms, or mode=t2bot) is a t2bot.io webhook token. */
const matrixNamesServer = (url: URL) => {
  const mode = url.searchParams.get("mode")?.toLowerCase();
  if (mode) return mode !== "t2bot";
  return url.password !== "" || targets(url).length > 0;
};

/**
 * Schemes whose host Apprise connects to over HTTP(S), from Apprise's service list
 * (custom JSON/XML/Form, native http(s) URLs, and self-hosted services).
 */
const HOST_RULES: Readonly<Record<string, HostRule>> = Object.fromEntries(
  (
    [
      ["json", "host"],
      ["xml", "host"],
      ["form", "host"],
      ["http", "host"],
      ["apprise", "host"],
      ["bark", "host"],
      ["emby", "host"],
      ["enigma2", "host"],
      ["gotify", "host"],
      ["hassio", "host"],
      ["kodi", "host"],
      ["xbmc", "host"],
      ["mastodon", "host"],
      ["toot", "host"],
      ["misskey", "host"],
      ["mmost", "host"],
      ["ncloud", "host"],
      ["nctalk", "host"],
      ["parsep", "host"],
      ["pjet", "host"],
      ["rocket", "host"],
      ["signal", "host"],
      ["synology", "host"],
      ["matrix", matrixNamesServer],
      ["ntfy", ntfyNamesServer],
      // E-mail: the host (or its smtp= override) is the SMTP server Apprise connects to.
      ["mailto", "host"],
      ["mqtt", "host"],
      ["growl", "host"],
      ["rsyslog", "host"],
      // syslog:// alone is the local syslog; with a host it sends there.
      ["syslog", (url: URL) => url.hostname !== ""],
    ] as const
  ).flatMap(([scheme, rule]) => [
    [scheme, rule],
    // Each has a TLS twin with an "s" appended (jsons://, gotifys://, https://).
    [`${scheme}s`, rule],
  ]),
);

/** The schemes whose host is checked (for documentation and tests). */
export const HOST_CHECKED_SCHEMES: readonly string[] = Object.keys(HOST_RULES).sort();

export type AppriseUrlProblem =
  "SEVERAL_URLS" | "SCHEME_NOT_ALLOWED" | "SCHEME_DENIED" | "HOST_UNREADABLE" | "HOST_UNRESOLVED" | "HOST_BLOCKED";

export class AppriseUrlRefusedError extends Error {
  constructor(
    readonly problem: AppriseUrlProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "AppriseUrlRefusedError";
  }
}

export interface AppriseUrlPolicyOptions {
  /** Defaults to this process's configuration (APPRISE_ALLOWED_SCHEMES, APPRISE_DENIED_SCHEMES, OUTBOUND_ALLOW_HOSTS). */
  env?: EnvRecord;
  /** Defaults to the environment's (OUTBOUND_ALLOW_HOSTS). */
  allowList?: OutboundAllowList;
  /** Resolves host names; defaults to the system's (tests substitute one). */
  resolver?: Resolver;
}

// Apprise's own splitting: a new URL starts wherever a comma or space precedes "scheme://".
const SECOND_URL = /[\s,]+[a-z0-9][a-z0-9+.-]{0,31}:\/\//i;

function schemeLists(env: EnvRecord | undefined) {
  const c = configFrom(env);
  return { allowed: new Set(c.APPRISE_ALLOWED_SCHEMES), denied: new Set(c.APPRISE_DENIED_SCHEMES) };
}

/**
 * The authority as Apprise reads it (Python's urlparse: up to the first "/", "?" or "#",
 * then the user ends at the first "@"). WHATWG URL reads "x@10.0.0.5@public.example" and
 * "public.example\\@10.0.0.5" with another host than Apprise does, so forms on which the
 * two could disagree are refused for every scheme.
 */
function assertUnambiguousAuthority(url: string, scheme: string): void {
  const rest = url.slice(url.indexOf("://") + 3);
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  if (authority.split("@").length > 2 || /[\\\x00-\x20\x7f]/.test(authority)) {
    throw new AppriseUrlRefusedError(
      "HOST_UNREADABLE",
      `The host of this ${scheme}:// URL is ambiguous (several "@", a backslash or a blank before the path); write "@" in a user name or password as %40.`,
    );
  }
}

/** The hosts Apprise would connect to for this URL; none when the scheme's service is fixed. */
function serviceHosts(url: string, scheme: string): string[] {
  const rule = HOST_RULES[scheme];
  if (!rule) return [];
  // A rule that names a server only in some forms (syslog://, the local one) has nothing to check without a host.
  if (rule !== "host" && /^(?:[/?#]|$)/.test(url.slice(url.indexOf("://") + 3))) return [];
  let parsed: URL;
  try {
    // Read the authority as http does, which also normalises the forms an address can take (0x7f.1, %31...).
    parsed = new URL(`http://${url.slice(url.indexOf("://") + 3)}`);
  } catch (error) {
    throw new AppriseUrlRefusedError("HOST_UNREADABLE", `The host of this ${scheme}:// URL cannot be read.`, { cause: error });
  }
  if (rule !== "host" && !rule(parsed)) return [];
  if (!parsed.hostname) throw new AppriseUrlRefusedError("HOST_UNREADABLE", `This ${scheme}:// URL names no host.`);
  const hosts = [parsed.hostname];
  // mailto's smtp= names the server outright; its host then only builds the sender address.
  const smtp = scheme.startsWith("mailto") ? parsed.searchParams.get("smtp") : null;
  if (smtp) hosts.push(smtp);
  return hosts.map((host) => host.replace(/^\[|\]$/g, "").toLowerCase());
}

/** Resolves when Apprise may be given `url`; throws AppriseUrlRefusedError saying why not. */
export async function assertAppriseUrlAllowed(url: string, options: AppriseUrlPolicyOptions = {}): Promise<void> {
  if (SECOND_URL.test(url)) {
    throw new AppriseUrlRefusedError(
      "SEVERAL_URLS",
      "One Apprise URL per target: Apprise would read this as several URLs (a comma or space before another scheme://).",
    );
  }
  const scheme = appriseScheme(url);
  const { allowed, denied } = schemeLists(options.env);
  if (denied.has(scheme)) {
    throw new AppriseUrlRefusedError("SCHEME_DENIED", `Apprise ${scheme}:// URLs are refused on this server (APPRISE_DENIED_SCHEMES).`);
  }
  if (allowed.size > 0 && !allowed.has(scheme)) {
    throw new AppriseUrlRefusedError(
      "SCHEME_NOT_ALLOWED",
      `Apprise ${scheme}:// URLs are not allowed on this server; it accepts ${[...allowed].map((s) => `${s}://`).join(", ")} (APPRISE_ALLOWED_SCHEMES).`,
    );
  }
  assertUnambiguousAuthority(url, scheme);
  const allowList = options.allowList ?? outboundAllowList(options.env);
  for (const host of serviceHosts(url, scheme)) await assertHostAllowed(host, scheme, allowList, options.resolver);
}

async function assertHostAllowed(
  host: string,
  scheme: string,
  allowList: OutboundAllowList,
  resolver: Resolver | undefined,
): Promise<void> {
  // Named by the allow-list: allowed whatever it resolves to (or whether it resolves here at all).
  if (allowList.hosts.has(host)) return;
  try {
    await resolveAllowedAddresses(host, allowList, resolver);
  } catch (error) {
    if (!(error instanceof OutboundHttpError)) throw error;
    if (error.code === "DNS_FAILED") {
      throw new AppriseUrlRefusedError("HOST_UNRESOLVED", `The host of this ${scheme}:// URL (${host}) could not be resolved.`, {
        cause: error,
      });
    }
    throw new AppriseUrlRefusedError(
      "HOST_BLOCKED",
      `Apprise would connect to ${host} for this ${scheme}:// URL: ${error.message} (an administrator can allow it with OUTBOUND_ALLOW_HOSTS).`,
      { cause: error },
    );
  }
}
