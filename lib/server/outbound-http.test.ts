import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_ALLOW_LIST, outboundAllowList, outboundRequest, OutboundHttpError } from "./outbound-http";

let server: http.Server;
let port = 0;
const seen: { url: string; host: string | undefined; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      seen.push({ url: req.url ?? "", host: req.headers.host, body });
      if (req.url === "/redirect") res.writeHead(302, { location: `http://127.0.0.1:${port}/target` }).end();
      else if (req.url === "/big") res.end("x".repeat(100_000));
      else if (req.url === "/slow") setTimeout(() => res.end("late"), 2_000);
      else res.writeHead(201, { "content-type": "text/plain" }).end(`got ${body}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const code = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutboundHttpError);
  return (error as OutboundHttpError).code;
};

describe("outboundRequest", () => {
  it("refuses loopback targets without the allow-list, before sending anything", async () => {
    const before = seen.length;
    expect(await code(outboundRequest({ url: `http://127.0.0.1:${port}/`, allowList: EMPTY_ALLOW_LIST }))).toBe("BLOCKED_ADDRESS");
    expect(await code(outboundRequest({ url: `http://localhost:${port}/`, allowList: EMPTY_ALLOW_LIST }))).toBe("BLOCKED_ADDRESS");
    expect(await code(outboundRequest({ url: `http://[::ffff:127.0.0.1]:${port}/`, allowList: EMPTY_ALLOW_LIST }))).toBe("BLOCKED_ADDRESS");
    expect(await code(outboundRequest({ url: `http://169.254.169.254/latest/meta-data`, allowList: EMPTY_ALLOW_LIST }))).toBe(
      "BLOCKED_ADDRESS",
    );
    expect(seen.length).toBe(before);
  });

  it("reaches them when the allow-list names the host or its range, keeping the Host header", async () => {
    const byHost = await outboundRequest({
      url: `http://localhost:${port}/hello`,
      method: "POST",
      body: "ping",
      allowList: outboundAllowList({ OUTBOUND_ALLOW_HOSTS: "example.org, LOCALHOST" }),
    });
    expect(byHost).toMatchObject({ status: 201, truncated: false });
    expect(byHost.body.toString()).toBe("got ping");
    expect(seen.at(-1)).toEqual({ url: "/hello", host: `localhost:${port}`, body: "ping" });

    const byRange = await outboundRequest({
      url: `http://127.0.0.1:${port}/`,
      allowList: outboundAllowList({ OUTBOUND_ALLOW_HOSTS: "127.0.0.0/8" }),
    });
    expect(byRange.status).toBe(201);
    expect(byRange.address).toBe("127.0.0.1");
  });

  const allowed = () => outboundAllowList({ OUTBOUND_ALLOW_HOSTS: "127.0.0.1" });

  it("connects to the address it checked, not to whatever DNS answers next (rebinding)", async () => {
    let lookups = 0;
    // First answer loopback (allowed by range), then a metadata address: only the first is ever asked for and used.
    const resolver = async () => [{ address: lookups++ === 0 ? "127.0.0.1" : "169.254.169.254", family: 4 }];
    const response = await outboundRequest({
      url: `http://rebind.example.test:${port}/pinned`,
      resolver,
      allowList: outboundAllowList({ OUTBOUND_ALLOW_HOSTS: "127.0.0.1/32" }),
    });
    expect(response).toMatchObject({ status: 201, address: "127.0.0.1" });
    expect(lookups).toBe(1);
    expect(seen.at(-1)).toMatchObject({ url: "/pinned", host: `rebind.example.test:${port}` });
  });

  it("refuses a hostname if any of its addresses is private, even when another is public", async () => {
    const resolver = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "fd00::1", family: 6 },
    ];
    expect(await code(outboundRequest({ url: "http://mixed.example.test/", resolver, allowList: EMPTY_ALLOW_LIST }))).toBe(
      "BLOCKED_ADDRESS",
    );
    const failing = async () => Promise.reject(new Error("ENOTFOUND"));
    expect(await code(outboundRequest({ url: "http://nowhere.example.test/", resolver: failing, allowList: EMPTY_ALLOW_LIST }))).toBe(
      "DNS_FAILED",
    );
  });

  it("never follows a redirect", async () => {
    const before = seen.length;
    const response = await outboundRequest({ url: `http://127.0.0.1:${port}/redirect`, allowList: allowed() });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(`http://127.0.0.1:${port}/target`);
    expect(seen.slice(before).map((s) => s.url)).toEqual(["/redirect"]);
  });

  it("reads at most maxResponseBytes of the body", async () => {
    const response = await outboundRequest({ url: `http://127.0.0.1:${port}/big`, maxResponseBytes: 1_000, allowList: allowed() });
    expect(response.body.length).toBe(1_000);
    expect(response.truncated).toBe(true);
  });

  it("gives up at the deadline", async () => {
    expect(await code(outboundRequest({ url: `http://127.0.0.1:${port}/slow`, timeoutMs: 100, allowList: allowed() }))).toBe("TIMEOUT");
  });

  it("accepts only http(s) URLs without credentials", async () => {
    for (const url of ["file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1/", "not a url", `http://u:p@127.0.0.1:${port}/`]) {
      expect(await code(outboundRequest({ url, allowList: allowed() }))).toBe("INVALID_URL");
    }
  });

  it("validates OUTBOUND_ALLOW_HOSTS", () => {
    expect(outboundAllowList({}).hosts.size).toBe(0);
    const list = outboundAllowList({ OUTBOUND_ALLOW_HOSTS: " hooks.local. ,10.0.0.0/8,[::1]" });
    expect([...list.hosts]).toEqual(["hooks.local", "::1"]);
    expect(list.cidrs).toHaveLength(1);
    expect(() => outboundAllowList({ OUTBOUND_ALLOW_HOSTS: "10.0.0.0/40" })).toThrow(/OUTBOUND_ALLOW_HOSTS/);
    expect(() => outboundAllowList({ OUTBOUND_ALLOW_HOSTS: "http://x/" })).toThrow(/OUTBOUND_ALLOW_HOSTS/);
  });
});
