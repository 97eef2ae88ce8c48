/**
 * The one way this app makes HTTP requests to URLs that users typed (webhooks, Apprise,
 * anything else). Guards against server-side request forgery:
 * - the hostname is resolved once, and EVERY address it resolves to must be public
 *   (ip-address.ts) unless the allow-list names the host or the address's range;
 * - the connection goes to that verified address (the socket's lookup is pinned to it),
 *   so a DNS answer that changes between check and connect (rebinding) cannot redirect
 *   it, while the Host header and TLS SNI/certificate check keep the real hostname;
 * - redirects are never followed (a 3xx is returned as it is: its Location could point
 *   anywhere);
 * - one deadline covers lookup, connect, and reading the response, and only the first
 *   `maxResponseBytes` of the body are read;
 * - a caller may opt in to keep-alive (`keepAlive`): an idle connection is reused only by
 *   a request whose own check verified the very address it is connected to.
 */
import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { configFrom, type EnvRecord } from "./config/config";
import { normalizeHost, type OutboundAllowList } from "./config/fields";
import { cidrContains, classifyAddress, parseIp } from "./ip-address";

export const DEFAULT_OUTBOUND_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;

export type { OutboundAllowList } from "./config/fields";
export { ZOutboundAllowHosts } from "./config/fields";

export const EMPTY_ALLOW_LIST: OutboundAllowList = { hosts: new Set(), cidrs: [] };

/** The allow-list of OUTBOUND_ALLOW_HOSTS (the given environment's, else this process's configuration). */
export function outboundAllowList(env?: EnvRecord): OutboundAllowList {
  return configFrom(env).OUTBOUND_ALLOW_HOSTS;
}

export type OutboundErrorCode = "INVALID_URL" | "BLOCKED_ADDRESS" | "DNS_FAILED" | "TIMEOUT" | "NETWORK" | "ABORTED";

export class OutboundHttpError extends Error {
  constructor(
    readonly code: OutboundErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "OutboundHttpError";
  }
}

export interface OutboundRequest {
  url: string;
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  maxResponseBytes?: number;
  signal?: AbortSignal;
  /** Defaults to the environment's (OUTBOUND_ALLOW_HOSTS). */
  allowList?: OutboundAllowList;
  /** Resolves a hostname to all its addresses; defaults to dns.lookup (tests substitute one). */
  resolver?: Resolver;
  /**
   * Reuse an idle connection to the same host and verified address, and keep this one
   * open for the next request (see keepAliveAgent). Off by default: worth it for a
   * caller that sends many requests to one receiver (webhooks); the address is still
   * resolved and checked on every request.
   */
  keepAlive?: boolean;
}

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export interface OutboundResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** At most maxResponseBytes of the body. */
  body: Buffer;
  /** True when the body was longer than maxResponseBytes and reading stopped there. */
  truncated: boolean;
  /** The address actually connected to. */
  address: string;
}

interface VerifiedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves `hostname` and checks every address it resolves to against the rules and
 * the allow-list. Exported for callers that want to validate a URL when it is saved.
 */
export async function resolveAllowedAddresses(
  hostname: string,
  allowList: OutboundAllowList,
  resolver: Resolver = systemResolver,
): Promise<VerifiedAddress[]> {
  const host = normalizeHost(hostname);
  let addresses: VerifiedAddress[];
  const literal = parseIp(host);
  if (literal) {
    addresses = [{ address: host, family: literal.version }];
  } else {
    try {
      const found = await resolver(host);
      addresses = found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
    } catch (error) {
      throw new OutboundHttpError("DNS_FAILED", `Could not resolve ${host}`, { cause: error });
    }
  }
  if (addresses.length === 0) throw new OutboundHttpError("DNS_FAILED", `${host} has no addresses`);
  if (allowList.hosts.has(host)) return addresses;
  for (const { address } of addresses) {
    const cls = classifyAddress(address);
    if (cls === "public") continue;
    const ip = parseIp(address);
    if (ip && allowList.cidrs.some((cidr) => cidrContains(cidr, ip))) continue;
    // Refuse even when other addresses are public: which one gets used is not ours to pick reliably.
    throw new OutboundHttpError("BLOCKED_ADDRESS", `${host} resolves to a ${cls} address (${address}), which is not allowed`);
  }
  return addresses;
}

function pinnedLookup(target: VerifiedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    // With autoSelectFamily (Node 20's default) net asks for every address at once.
    if (options.all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
}

/**
 * How long an idle kept-alive connection waits to be reused: below the 5 s keep-alive
 * timeout of Node's own server (and of most others), so we usually close it before the
 * server does. A shorter `Keep-Alive: timeout=` hint from the server wins (Node's agent
 * reads it). Node closes only idle pooled sockets on it: a request in flight is bounded
 * by its own timeoutMs alone.
 */
const IDLE_CONNECTION_MS = 4_000;
const MAX_IDLE_CONNECTIONS_PER_TARGET = 16;
const keepAliveAgents = new Map<string, http.Agent>();

/**
 * One keep-alive agent per (scheme, hostname, verified address, port), so a pooled
 * socket only ever serves a request whose own check verified the address that socket is
 * connected to: when DNS changes its answer, the request gets another agent and a new
 * connection, never a socket opened for the old answer.
 */
function keepAliveAgent(url: URL, target: VerifiedAddress): http.Agent {
  const key = [url.protocol, normalizeHost(url.hostname), target.address, url.port].join(" ");
  let agent = keepAliveAgents.get(key);
  if (!agent) {
    forgetIdleAgents();
    const options = { keepAlive: true, timeout: IDLE_CONNECTION_MS, maxFreeSockets: MAX_IDLE_CONNECTIONS_PER_TARGET };
    agent = url.protocol === "https:" ? new https.Agent(options) : new http.Agent(options);
    keepAliveAgents.set(key, agent);
  }
  return agent;
}

/** Drops agents left without connections, so hosts and addresses that come and go do not pile up. */
function forgetIdleAgents(): void {
  for (const [key, agent] of keepAliveAgents) {
    if (
      Object.keys(agent.sockets).length === 0 &&
      Object.keys(agent.freeSockets).length === 0 &&
      Object.keys(agent.requests).length === 0
    ) {
      agent.destroy();
      keepAliveAgents.delete(key);
    }
  }
}

/**
 * The server closed an idle kept-alive connection just as we reused it: the request all
 * but certainly never reached it, so it is sent once more on a new connection (Node's
 * documented pattern for `reusedSocket`) instead of failing for a reason of our making.
 */
const isStaleConnection = (req: http.ClientRequest, error: NodeJS.ErrnoException) =>
  req.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE");

/** Makes one request (see the module comment for the rules); throws OutboundHttpError if it cannot. */
export async function outboundRequest(request: OutboundRequest): Promise<OutboundResponse> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch (error) {
    throw new OutboundHttpError("INVALID_URL", "Not a valid URL", { cause: error });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new OutboundHttpError("INVALID_URL", `Only http and https URLs are allowed, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new OutboundHttpError("INVALID_URL", "URLs with credentials are not allowed");

  const timeoutMs = request.timeoutMs ?? DEFAULT_OUTBOUND_TIMEOUT_MS;
  const maxBytes = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  request.signal?.addEventListener("abort", onOuterAbort, { once: true });
  const abortError = () =>
    timedOut
      ? new OutboundHttpError("TIMEOUT", `No complete response within ${timeoutMs} ms`)
      : new OutboundHttpError("ABORTED", "The request was aborted");

  try {
    if (request.signal?.aborted) throw abortError();
    const addresses = await Promise.race([
      resolveAllowedAddresses(url.hostname, request.allowList ?? outboundAllowList(), request.resolver),
      new Promise<never>((_, reject) => controller.signal.addEventListener("abort", () => reject(abortError()), { once: true })),
    ]);
    const target = addresses[0] as VerifiedAddress;
    const transport = url.protocol === "https:" ? https : http;
    const body = request.body === undefined ? undefined : Buffer.from(request.body);

    const send = (agent: http.Agent | false): Promise<OutboundResponse> =>
      new Promise<OutboundResponse>((resolve, reject) => {
        let responded = false;
        const req = transport.request(
          url,
          {
            method: request.method ?? (body ? "POST" : "GET"),
            headers: { ...request.headers, ...(body ? { "content-length": String(body.length) } : {}) },
            lookup: pinnedLookup(target),
            // Without keep-alive, a fresh connection per request; with it, a pool for this verified address only.
            agent,
            signal: controller.signal,
          },
          (res) => {
            responded = true;
            const chunks: Buffer[] = [];
            let size = 0;
            let truncated = false;
            const finish = () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks),
                truncated,
                address: target.address,
              });
            res.on("data", (chunk: Buffer) => {
              if (truncated) return;
              const room = maxBytes - size;
              if (chunk.length > room) {
                chunks.push(chunk.subarray(0, room));
                size = maxBytes;
                truncated = true;
                finish();
                res.destroy();
                return;
              }
              chunks.push(chunk);
              size += chunk.length;
            });
            res.on("end", finish);
            res.on("error", (error) =>
              reject(controller.signal.aborted ? abortError() : new OutboundHttpError("NETWORK", error.message, { cause: error })),
            );
          },
        );
        req.on("error", (error: NodeJS.ErrnoException) => {
          if (!responded && !controller.signal.aborted && isStaleConnection(req, error)) resolve(send(false));
          else reject(controller.signal.aborted ? abortError() : new OutboundHttpError("NETWORK", error.message, { cause: error }));
        });
        req.end(body);
      });

    return await send(request.keepAlive ? keepAliveAgent(url, target) : false);
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener("abort", onOuterAbort);
  }
}
