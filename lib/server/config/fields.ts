/**
 * Parsers for the kinds of value environment variables hold (numbers with bounds,
 * "true"/"false", comma lists, URLs, proxy hops, host allow-lists). The schema
 * (schema.ts) is built from these; messages say what a value must be and never repeat it.
 */
import "server-only";
import { z } from "zod";
import { parseCidr, type Cidr } from "../ip-address";

/** A whole number from min to max; the message names the range. */
export function zIntSetting(min: number, max: number = Number.MAX_SAFE_INTEGER) {
  const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  const error = `must be a whole number ${range}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** A TCP port. */
export const zPortSetting = () => zIntSetting(1, 65_535);

/** "true" or "false" (any case), as a boolean. */
export const zBooleanSetting = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(["true", "false"], { error: "must be true or false" }))
    .transform((v) => v === "true");

/** An absolute http(s) URL. */
export const zHttpUrlSetting = (error = "must be an absolute URL like https://assets.example.com") =>
  z.url({ protocol: /^https?$/, error });

/** A comma-separated list, trimmed, empty entries dropped. */
export const zCommaList = () =>
  z.string().transform((value) =>
    value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );

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

export interface OutboundAllowList {
  /** Lower-case hostnames (or IP literals) that may resolve to anything. */
  hosts: ReadonlySet<string>;
  /** Ranges whose addresses may be reached whatever the hostname. */
  cidrs: readonly Cidr[];
}

/** A hostname as the allow-list compares it: lower case, no trailing dot, IPv6 without brackets. */
export function normalizeHost(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, "");
  return lower.startsWith("[") && lower.endsWith("]") ? lower.slice(1, -1) : lower;
}

const ZAllowEntry = z
  .string()
  .trim()
  .min(1)
  .refine((entry) => (entry.includes("/") ? parseCidr(entry) !== null : /^[a-z0-9.:_\-[\]]+$/i.test(entry)), {
    message: "must be a hostname, an IP address, or a CIDR range",
  });

/** Parses `OUTBOUND_ALLOW_HOSTS`: comma-separated hostnames, IP addresses and CIDR ranges. */
export const ZOutboundAllowHosts = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(ZAllowEntry))
  .transform((entries): OutboundAllowList => {
    const hosts = new Set<string>();
    const cidrs: Cidr[] = [];
    for (const entry of entries) {
      const cidr = entry.includes("/") ? parseCidr(entry) : null;
      if (cidr) cidrs.push(cidr);
      else hosts.add(normalizeHost(entry));
    }
    return { hosts, cidrs };
  });
