import { db } from "@/lib/server/db/client";
import { json, publicApiRoute } from "@/lib/server/api/route";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and uptime checks. */
export const GET = publicApiRoute(async () => {
  const started = performance.now();
  await db().$queryRaw`SELECT 1`;
  return json({ status: "ok", database: { latencyMs: Math.round((performance.now() - started) * 10) / 10 } });
});
