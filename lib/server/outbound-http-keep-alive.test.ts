/**
 * Keep-alive in outbound-http: connections are reused only for the same verified address,
 * never across a changed DNS answer, not at all unless asked for, and a kept connection
 * the server dropped costs a resend on a new one, not a failed request.
 */
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboundAllowList, outboundRequest } from "./outbound-http";

interface CountingServer {
  server: http.Server;
  connections: number;
  /** Which server answered each request, in order. */
  answered: string[];
}

const servers: CountingServer[] = [];

/** An HTTP server on `host` (and `port`, 0 for any) that counts the connections it accepts. */
async function countingServer(name: string, host: string, port = 0): Promise<CountingServer> {
  const counting: CountingServer = { server: http.createServer(), connections: 0, answered: [] };
  counting.server.on("connection", () => counting.connections++);
  counting.server.on("request", (req, res) => {
    req.resume();
    req.on("end", () => {
      counting.answered.push(name);
      res.writeHead(200).end(name);
    });
  });
  await new Promise<void>((resolve) => counting.server.listen(port, host, resolve));
  servers.push(counting);
  return counting;
}

const portOf = (s: { address(): AddressInfo | string | null }) => (s.address() as AddressInfo).port;
const allowLoopback = outboundAllowList({ OUTBOUND_ALLOW_HOSTS: "127.0.0.0/8" });

let first: CountingServer;

beforeAll(async () => {
  first = await countingServer("first", "127.0.0.1");
});

afterAll(async () => {
  for (const { server } of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe("outboundRequest with keepAlive", () => {
  it("sends a run of requests to one address over one connection", async () => {
    const before = first.connections;
    for (let i = 0; i < 5; i++) {
      const response = await outboundRequest({
        url: `http://127.0.0.1:${portOf(first.server)}/hook`,
        method: "POST",
        body: `m${i}`,
        keepAlive: true,
        allowList: allowLoopback,
      });
      expect(response.status).toBe(200);
    }
    expect(first.connections - before).toBe(1);
  });

  it("opens a connection per request without it (the default)", async () => {
    const before = first.connections;
    for (let i = 0; i < 3; i++) await outboundRequest({ url: `http://127.0.0.1:${portOf(first.server)}/`, allowList: allowLoopback });
    expect(first.connections - before).toBe(3);
  });

  it("never reuses a connection to the address DNS answered before: a new answer gets a new connection to it", async () => {
    const port = portOf(first.server);
    // The same port on another loopback address: a reused socket would reach "first" instead.
    const second = await countingServer("second", "127.0.0.2", port);
    let answer = "127.0.0.1";
    const resolver = async () => [{ address: answer, family: 4 }];
    const send = () =>
      outboundRequest({ url: `http://moving.example.test:${port}/hook`, keepAlive: true, resolver, allowList: allowLoopback });

    expect(await send()).toMatchObject({ address: "127.0.0.1" });
    answer = "127.0.0.2";
    const moved = await send();
    expect(moved).toMatchObject({ address: "127.0.0.2", status: 200 });
    expect(moved.body.toString()).toBe("second");
    expect(second.connections).toBe(1);
    // And back again: the connection kept for the first address serves it once more.
    answer = "127.0.0.1";
    const firstBefore = first.connections;
    expect((await send()).body.toString()).toBe("first");
    expect(first.connections).toBe(firstBefore);
  });

  it("resends on a new connection when the server dropped the kept one as it was reused", async () => {
    // A bare server: answers the first request of each connection, and resets the connection on the second.
    let connections = 0;
    const raw = net.createServer((socket) => {
      connections++;
      let requests = 0;
      socket.on("data", (chunk: Buffer) => {
        if (!chunk.toString().includes("\r\n\r\n")) return;
        requests++;
        if (requests === 1) socket.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok");
        else socket.resetAndDestroy();
      });
    });
    await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
    try {
      const send = () =>
        outboundRequest({
          url: `http://127.0.0.1:${portOf(raw)}/hook`,
          method: "POST",
          body: "x",
          keepAlive: true,
          allowList: allowLoopback,
        });
      expect((await send()).status).toBe(200);
      const again = await send();
      expect(again.status).toBe(200);
      expect(again.body.toString()).toBe("ok");
      expect(connections).toBe(2);
    } finally {
      await new Promise((resolve) => raw.close(resolve));
    }
  });
});
