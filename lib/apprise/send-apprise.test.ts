/**
 * The sender's two ways: a real HTTP server on 127.0.0.1 standing in for the Apprise API
 * (reachable only because the allow-list names it), and a fake `apprise` executable on
 * PATH that records its argv, proving arguments arrive as given with no shell between.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EMPTY_ALLOW_LIST, type OutboundAllowList } from "@/lib/server/outbound-http";
import { startFakeAppriseApi, type AppriseApiRequest, type FakeAppriseApi } from "./apprise-test-support";
import { APPRISE_NOT_CONFIGURED, AppriseError, sendApprise } from "./send-apprise";

const LOCAL: OutboundAllowList = { hosts: new Set(["127.0.0.1"]), cidrs: [] };
const URLS = ["tgram://123456:secret-token/987", "discord://4815162342/p4ss-webhook-token"];
const TRICKY = {
  title: `It's "quoted" -b --help`,
  body: `Body with 'single' "double" quotes, $(touch PWNED) \`touch PWNED2\` ; rm -rf / && $HOME`,
};

let fake: FakeAppriseApi;
let apiUrl = "";
let received: AppriseApiRequest[] = [];
let tmp = "";

beforeAll(async () => {
  fake = await startFakeAppriseApi();
  // A trailing slash, as people paste it: the sender must not double it.
  apiUrl = `${fake.url}/`;
  received = fake.received;
  tmp = await mkdtemp(path.join(os.tmpdir(), "apprise-test-"));
});

afterAll(async () => {
  await fake.close();
  await rm(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  received.length = 0;
  fake.reply = { status: 200, body: "" };
});

describe("through an Apprise API server", () => {
  it("POSTs the urls, title, body and type to /notify as JSON", async () => {
    const result = await sendApprise(URLS, TRICKY, { env: { APPRISE_API_URL: apiUrl }, allowList: LOCAL });
    expect(result).toEqual({ via: "api", detail: "Apprise API answered 200" });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: "POST", path: "/notify", contentType: "application/json" });
    expect(JSON.parse(received[0]?.body ?? "")).toEqual({ urls: URLS, title: TRICKY.title, body: TRICKY.body, type: "info" });
  });

  it("reports a refusal without leaking the URLs it echoes, retryable for 424", async () => {
    fake.reply = { status: 424, body: `could not notify ${URLS[0]}` };
    const error = await sendApprise(URLS, TRICKY, { env: { APPRISE_API_URL: apiUrl }, allowList: LOCAL }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppriseError);
    expect((error as AppriseError).message).toBe("The Apprise API server answered 424: could not notify tgram://…");
    expect((error as AppriseError).retryable).toBe(true);
  });

  it("checks each URL's host again before sending: a name that now resolves privately is refused, nothing is sent", async () => {
    const rebound = async () => [{ address: "10.0.0.7", family: 4 }];
    const error = await sendApprise(["json://hooks.example.com/notify"], TRICKY, {
      env: { APPRISE_API_URL: apiUrl },
      allowList: LOCAL,
      resolver: rebound,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppriseError);
    expect((error as AppriseError).retryable).toBe(false);
    expect((error as AppriseError).message).toMatch(
      /^Apprise would connect to hooks\.example\.com for this json:\/\/ URL: .*private address \(10\.0\.0\.7\)/,
    );
    const unresolved = await sendApprise(["gotify://gone.example.com/token"], TRICKY, {
      env: { APPRISE_API_URL: apiUrl },
      allowList: LOCAL,
      resolver: () => Promise.reject(new Error("ENOTFOUND")),
    }).catch((e: unknown) => e);
    // DNS may come back: worth retrying.
    expect((unresolved as AppriseError).retryable).toBe(true);
    expect(received).toHaveLength(0);
  });

  it("is refused by the outbound guard when the server's address is not allowed", async () => {
    const error = await sendApprise(URLS, TRICKY, { env: { APPRISE_API_URL: apiUrl }, allowList: EMPTY_ALLOW_LIST }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppriseError);
    expect((error as AppriseError).retryable).toBe(false);
    expect((error as AppriseError).message).toMatch(
      /^The Apprise API server could not be reached: 127\.0\.0\.1 resolves to a loopback address/,
    );
    expect(received).toHaveLength(0);
  });
});

describe("through the apprise command", () => {
  async function fakeApprise(name: string, script: string): Promise<string> {
    const dir = path.join(tmp, name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
    await writeFile(path.join(dir, "apprise"), `#!/bin/sh\n${script}\n`);
    await chmod(path.join(dir, "apprise"), 0o755);
    return dir;
  }

  it("passes title, body and URLs as separate arguments, untouched by any shell", async () => {
    const argvFile = path.join(tmp, "argv");
    const dir = await fakeApprise("ok", `cd "${tmp}"\nfor a in "$@"; do printf '%s\\0' "$a"; done > "${argvFile}"\necho delivered`);
    const result = await sendApprise(URLS, TRICKY, { env: { PATH: `${dir}${path.delimiter}${process.env.PATH ?? ""}` } });
    expect(result).toEqual({ via: "cli", detail: "delivered" });
    const argv = (await readFile(argvFile, "utf8")).split("\0").slice(0, -1);
    expect(argv).toEqual(["-t", TRICKY.title, "-b", TRICKY.body, ...URLS]);
    // Had a shell seen the body, these files would exist in the script's working directory.
    await expect(readFile(path.join(tmp, "PWNED"))).rejects.toThrow();
    await expect(readFile(path.join(tmp, "PWNED2"))).rejects.toThrow();
  });

  it("reports a failing exit without the URLs apprise printed", async () => {
    const dir = await fakeApprise("fails", `echo "bad url $5" >&2\nexit 3`);
    const error = await sendApprise(URLS, TRICKY, { env: { PATH: dir } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppriseError);
    expect((error as AppriseError).message).toBe("The apprise command exited 3: bad url tgram://…");
  });
});

it("fails clearly when neither is available", async () => {
  const error = await sendApprise(URLS, TRICKY, { env: { PATH: tmp } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppriseError);
  expect((error as AppriseError).message).toBe(APPRISE_NOT_CONFIGURED);
  expect((error as AppriseError).retryable).toBe(false);
});
