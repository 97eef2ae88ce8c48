import { json, apiRoute } from "@/lib/server/api/route";
import { pauseSchedule } from "@/lib/schedules/pause-schedule";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>("schedule:write", async ({ params, auth }) => json(await pauseSchedule(auth, params.id)));
