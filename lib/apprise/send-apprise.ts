/**
 * Hands one message to Apprise. Two ways, chosen by what the server has:
 * - `APPRISE_API_URL` set: POST `<it>/notify` to an Apprise API server (the stateless
 *   endpoint, URLs in the body), through outbound-http like every request we make;
 * - else an `apprise` executable on PATH: run with execFile, arguments as an array and
 *   no shell, so nothing in a title, body or URL is ever interpreted.
 * Neither: a clear error. Error details never contain the URLs (they carry tokens).
 * Every URL passes the scheme policy (scheme-policy.ts) again first: what its host
 * resolves to, and the configuration, may have changed since it was saved.
 */
import "server-only";
import { execFile } from "node:child_process";
import { constants as fsConstants } from "node:fs";
import { access } from "node:fs/promises";
import path from "node:path";
import { configFrom, type EnvRecord } from "@/lib/server/config/config";
import { outboundRequest, OutboundHttpError, type OutboundAllowList, type Resolver } from "@/lib/server/outbound-http";
import { appriseScheme, maskAppriseUrl } from "./apprise-target";
import { assertAppriseUrlAllowed, AppriseUrlRefusedError } from "./scheme-policy";

export const APPRISE_TIMEOUT_MS = 15_000;
export const APPRISE_NOT_CONFIGURED = "Apprise is not configured: set APPRISE_API_URL or install the apprise command";

export interface AppriseMessage {
  title: string;
  body: string;
}

export interface SendAppriseOptions {
  /** Defaults to this process's configuration (APPRISE_API_URL, PATH, APPRISE_ALLOWED_SCHEMES, APPRISE_DENIED_SCHEMES). */
  env?: EnvRecord;
  /** Defaults to the environment's (OUTBOUND_ALLOW_HOSTS). */
  allowList?: OutboundAllowList;
  /** Resolves the hosts the scheme policy checks; defaults to the system's. */
  resolver?: Resolver;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface SendAppriseResult {
  via: "api" | "cli";
  detail: string;
}

export class AppriseError extends Error {
  constructor(
    message: string,
    /** False when trying again cannot help (not configured, refused by the outbound guard, a 4xx). */
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "AppriseError";
  }
}

/** Replaces each URL in `text` by its masked form; Apprise may echo them in errors. */
function redact(text: string, urls: readonly string[]): string {
  let out = text;
  for (const url of urls) out = out.split(url).join(maskAppriseUrl(appriseScheme(url)));
  return out.trim().slice(0, 500);
}

/** The absolute path of an executable `apprise` on PATH, or null. */
export async function findAppriseExecutable(pathEnv: string | undefined): Promise<string | null> {
  for (const dir of (pathEnv ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, "apprise");
    try {
      await access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return null;
}

export type AppriseTransport = { via: "api"; apiUrl: string } | { via: "cli"; executable: string };

/** How this server would hand a message to Apprise: the API server first, else the command; null when neither. */
export async function findAppriseTransport(env?: EnvRecord): Promise<AppriseTransport | null> {
  const c = configFrom(env);
  if (c.APPRISE_API_URL) return { via: "api", apiUrl: c.APPRISE_API_URL };
  const executable = await findAppriseExecutable(c.PATH);
  return executable ? { via: "cli", executable } : null;
}

async function sendViaApi(
  apiUrl: string,
  urls: readonly string[],
  message: AppriseMessage,
  options: SendAppriseOptions,
): Promise<SendAppriseResult> {
  const endpoint = `${apiUrl.replace(/\/+$/, "")}/notify`;
  let response;
  try {
    response = await outboundRequest({
      url: endpoint,
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ urls: [...urls], title: message.title, body: message.body, type: "info" }),
      timeoutMs: options.timeoutMs ?? APPRISE_TIMEOUT_MS,
      signal: options.signal,
      allowList: options.allowList,
    });
  } catch (error) {
    if (error instanceof OutboundHttpError) {
      const retryable = error.code !== "BLOCKED_ADDRESS" && error.code !== "INVALID_URL";
      throw new AppriseError(`The Apprise API server could not be reached: ${error.message}`, retryable, { cause: error });
    }
    throw error;
  }
  const text = redact(response.body.toString("utf8"), urls);
  if (response.status >= 200 && response.status < 300) return { via: "api", detail: `Apprise API answered ${response.status}` };
  // 424: Apprise reached none/some of the services; 5xx: the server itself. Both may pass.
  const retryable = response.status === 424 || response.status === 429 || response.status >= 500;
  throw new AppriseError(`The Apprise API server answered ${response.status}${text ? `: ${text}` : ""}`, retryable);
}

function sendViaCli(
  executable: string,
  urls: readonly string[],
  message: AppriseMessage,
  options: SendAppriseOptions,
): Promise<SendAppriseResult> {
  const args = ["-t", message.title, "-b", message.body, ...urls];
  return new Promise((resolve, reject) => {
    execFile(
      executable,
      args,
      { timeout: options.timeoutMs ?? APPRISE_TIMEOUT_MS, signal: options.signal, maxBuffer: 256 * 1024 },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ via: "cli", detail: redact(stdout, urls) || "apprise exited 0" });
          return;
        }
        const why = error.killed ? "timed out" : `exited ${String(error.code ?? "with an error")}`;
        const output = redact(`${stderr}\n${stdout}`, urls);
        reject(new AppriseError(`The apprise command ${why}${output ? `: ${output}` : ""}`, true, { cause: error }));
      },
    );
  });
}

export async function sendApprise(
  urls: readonly string[],
  message: AppriseMessage,
  options: SendAppriseOptions = {},
): Promise<SendAppriseResult> {
  if (urls.length === 0) throw new AppriseError("No Apprise URLs to send to", false);
  const env = options.env;
  for (const url of urls) {
    try {
      await assertAppriseUrlAllowed(url, { env, allowList: options.allowList, resolver: options.resolver });
    } catch (error) {
      if (!(error instanceof AppriseUrlRefusedError)) throw error;
      // A name that does not resolve now may tomorrow; a refused address or scheme will not change by waiting.
      throw new AppriseError(error.message, error.problem === "HOST_UNRESOLVED", { cause: error });
    }
  }
  const transport = await findAppriseTransport(env);
  if (transport?.via === "api") return sendViaApi(transport.apiUrl, urls, message, options);
  if (transport?.via === "cli") return sendViaCli(transport.executable, urls, message, options);
  throw new AppriseError(APPRISE_NOT_CONFIGURED, false);
}
