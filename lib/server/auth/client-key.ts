import "server-only";
import { serverEnv } from "@/lib/server/env";
import { clientAddress } from "@/lib/server/http/client-address";

/**
 * A key for the client making a request, for per-client rate limits: the socket
 * address set by scripts/serve.ts, or behind TRUST_PROXY hops the address those
 * proxies saw (lib/server/http/client-address.ts). Never a header the client chose.
 */
export function clientKeyFromHeaders(headers: Headers): string {
  return clientAddress(headers, serverEnv().TRUST_PROXY);
}
