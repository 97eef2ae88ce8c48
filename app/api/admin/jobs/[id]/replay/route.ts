import { apiRoute, json } from "@/lib/server/api/route";
import { replayJob } from "@/lib/server/jobs/replay-job";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>("member:manage", async ({ params, auth }) => json(await replayJob(auth, params.id)));
