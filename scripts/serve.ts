/**
 * The app's HTTP server: Next's request handler inside a plain Node server, so the
 * client's socket address reaches the route handlers (which never see the socket).
 * Any copy of CLIENT_ADDRESS_HEADER the client sent is dropped and the header is set
 * from req.socket.remoteAddress; lib/server/http/client-address.ts reads it (and
 * X-Forwarded-For only for TRUST_PROXY hops). Started by scripts/start.ts:
 * `node --import tsx --import ./scripts/lib/server-only.mjs scripts/serve.ts --port 3000 --hostname 0.0.0.0 [--dev]`.
 */
import { createServer, type IncomingMessage } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { CLIENT_ADDRESS_HEADER } from "../lib/server/http/client-address";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3000" },
    hostname: { type: "string", default: "0.0.0.0" },
    dev: { type: "boolean", default: false },
  },
});
const port = Number(values.port);
const hostname = values.hostname ?? "0.0.0.0";
const projectDir = path.resolve(new URL("..", import.meta.url).pathname);

/** Sets the internal client-address header from the socket, whatever the client sent. */
function stampClientAddress(req: IncomingMessage): void {
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
  // Keep rawHeaders in step, minus any copy the client sent.
  const raw: string[] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] ?? "";
    if (name.toLowerCase() !== CLIENT_ADDRESS_HEADER) raw.push(name, req.rawHeaders[i + 1] ?? "");
  }
  raw.push(CLIENT_ADDRESS_HEADER, req.headers[CLIENT_ADDRESS_HEADER]);
  req.rawHeaders.splice(0, req.rawHeaders.length, ...raw);
}

const app = next({ dev: values.dev, dir: projectDir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  stampClientAddress(req);
  handle(req, res).catch((error: unknown) => {
    console.error("[dumbassets] request failed:", error instanceof Error ? error.message : error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
// Dev: hot reloading talks over WebSocket upgrades.
const upgrade = app.getUpgradeHandler();
server.on("upgrade", (req, socket, head) => {
  stampClientAddress(req);
  void upgrade(req, socket, head);
});
server.listen(port, hostname);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  });
}
