/**
 * IP address parsing and classification for outbound requests (outbound-http.ts). An
 * address is "public" only if it is in no special-purpose range (RFC 6890 and later
 * registrations). IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4,
 * IPv4-compatible) are judged by that IPv4 address, so `::ffff:10.0.0.1` is private.
 */
import "server-only";
import { isIP } from "node:net";

export interface ParsedIp {
  version: 4 | 6;
  /** The address as a 32- or 128-bit integer. */
  value: bigint;
}

export type AddressClass =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "shared"
  | "link-local"
  | "multicast"
  | "reserved"
  | "documentation"
  | "benchmarking"
  | "unique-local"
  | "invalid";

function parseV4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseV6(text: string): bigint | null {
  const zoneless = text.replace(/%.*$/, "");
  let groups: string[];
  let tail: bigint | null = null;
  let work = zoneless;
  const lastColon = work.lastIndexOf(":");
  if (work.slice(lastColon + 1).includes(".")) {
    tail = parseV4(work.slice(lastColon + 1));
    if (tail === null) return null;
    work = `${work.slice(0, lastColon + 1)}0:0`;
  }
  const halves = work.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  if (halves.length === 2) {
    const rest = halves[1] ? halves[1].split(":") : [];
    const missing = 8 - head.length - rest.length;
    if (missing < 1) return null;
    groups = [...head, ...new Array<string>(missing).fill("0"), ...rest];
  } else {
    groups = head;
  }
  if (groups.length !== 8) return null;
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    value = (value << 16n) | BigInt(Number.parseInt(group, 16));
  }
  if (tail !== null) value = (value & ~0xffffffffn) | tail;
  return value;
}

/** Parses a v4 or v6 literal (brackets and zone ids allowed); null if it is neither. */
export function parseIp(text: string): ParsedIp | null {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  const version = isIP(bare.replace(/%.*$/, ""));
  if (version === 4) {
    const value = parseV4(bare);
    return value === null ? null : { version: 4, value };
  }
  if (version === 6) {
    const value = parseV6(bare);
    return value === null ? null : { version: 6, value };
  }
  return null;
}

export interface Cidr {
  version: 4 | 6;
  base: bigint;
  prefix: number;
}

/** Parses `10.0.0.0/8`, `fc00::/7`, or a bare address (a /32 or /128). */
export function parseCidr(text: string): Cidr | null {
  const [address, prefixText, extra] = text.trim().split("/");
  if (extra !== undefined || !address) return null;
  const ip = parseIp(address);
  if (!ip) return null;
  const bits = ip.version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= bits)) return null;
  return { version: ip.version, base: ip.value >> BigInt(bits - prefix), prefix };
}

export function cidrContains(cidr: Cidr, ip: ParsedIp): boolean {
  if (cidr.version !== ip.version) return false;
  const bits = ip.version === 4 ? 32 : 128;
  return ip.value >> BigInt(bits - cidr.prefix) === cidr.base;
}

function table(entries: [string, AddressClass][]): [Cidr, AddressClass][] {
  return entries.map(([text, cls]) => {
    const cidr = parseCidr(text);
    if (!cidr) throw new Error(`bad range ${text}`);
    return [cidr, cls];
  });
}

// Most specific first where ranges nest (192.0.0.0/24 is inside nothing else here).
const V4_RANGES = table([
  ["0.0.0.0/8", "unspecified"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "shared"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "reserved"],
  ["192.0.2.0/24", "documentation"],
  ["192.31.196.0/24", "reserved"],
  ["192.52.193.0/24", "reserved"],
  ["192.88.99.0/24", "reserved"],
  ["192.168.0.0/16", "private"],
  ["192.175.48.0/24", "reserved"],
  ["198.18.0.0/15", "benchmarking"],
  ["198.51.100.0/24", "documentation"],
  ["203.0.113.0/24", "documentation"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved"],
]);

const V6_RANGES = table([
  ["::/128", "unspecified"],
  ["::1/128", "loopback"],
  ["64:ff9b:1::/48", "private"],
  ["100::/64", "reserved"],
  ["2001::/23", "reserved"],
  ["2001:db8::/32", "documentation"],
  ["3fff::/20", "documentation"],
  ["5f00::/16", "reserved"],
  ["fc00::/7", "unique-local"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "reserved"],
  ["ff00::/8", "multicast"],
]);

// IPv6 ranges whose addresses carry an IPv4 address: [range, bit offset of the IPv4 from the right].
const EMBEDDING_V4 = [
  [parseCidr("::ffff:0:0/96"), 0n], // IPv4-mapped
  [parseCidr("::/96"), 0n], // IPv4-compatible (deprecated)
  [parseCidr("64:ff9b::/96"), 0n], // NAT64
  [parseCidr("2002::/16"), 80n], // 6to4
] as const;

function classifyParsed(ip: ParsedIp): AddressClass {
  if (ip.version === 4) {
    for (const [cidr, cls] of V4_RANGES) if (cidrContains(cidr, ip)) return cls;
    return "public";
  }
  for (const [cidr, cls] of V6_RANGES) if (cidrContains(cidr, ip)) return cls;
  for (const [cidr, shift] of EMBEDDING_V4) {
    if (cidr && cidrContains(cidr, ip)) {
      const embedded = classifyParsed({ version: 4, value: (ip.value >> shift) & 0xffffffffn });
      // `::/96` holds only deprecated forms; even a public IPv4 inside it is no real target.
      return embedded === "public" && shift === 0n && cidr.base === 0n ? "reserved" : embedded;
    }
  }
  // Everything outside 2000::/3 (global unicast) is unassigned or special.
  return ip.value >> 125n === 1n ? "public" : "reserved";
}

/** What kind of address `text` is; "public" is the only class outbound requests may reach by default. */
export function classifyAddress(text: string): AddressClass {
  const ip = parseIp(text);
  return ip ? classifyParsed(ip) : "invalid";
}
