/**
 * A stand-in Apprise API server on loopback, for tests (not imported by the app): it keeps
 * every request the app makes to it and answers with a status the test chooses. Shared by
 * the unit, integration and end-to-end tests, which all need the same thing.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface AppriseApiRequest {
  method: string;
  path: string;
  contentType: string;
  /** The raw body; `/notify` bodies are JSON `{urls, title, body, type}`. */
  body: string;
}

export interface NotifyBody {
  urls: string[];
  title: string;
  body: string;
  type: string;
}

export interface FakeAppriseApi {
  /** The base URL to set as APPRISE_API_URL (`http://127.0.0.1:<port>`). */
  url: string;
  received: AppriseApiRequest[];
  /** What the server answers from now on (200 and an empty body until told otherwise). */
  reply: { status: number; body: string };
  close(): Promise<void>;
}

/** The parsed body of one received `/notify` request. */
export function notifyBody(request: AppriseApiRequest): NotifyBody {
  return JSON.parse(request.body) as NotifyBody;
}

/** Listens on 127.0.0.1, on `port` when given (the e2e server is told it in advance), else on any free one. */
export async function startFakeAppriseApi(port = 0): Promise<FakeAppriseApi> {
  const fake: FakeAppriseApi = {
    url: "",
    received: [],
    reply: { status: 200, body: "" },
    close: async () => {},
  };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      fake.received.push({
        method: req.method ?? "",
        path: req.url ?? "",
        contentType: req.headers["content-type"] ?? "",
        body,
      });
      res.writeHead(fake.reply.status).end(fake.reply.body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return fake;
}
