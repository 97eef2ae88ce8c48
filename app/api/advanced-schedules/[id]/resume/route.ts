import { json, apiRoute } from "@/lib/server/api/route";
import { resumeSchedule } from "@/lib/schedules/resume-schedule";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>("schedule:write", async ({ params, auth }) => json(await resumeSchedule(auth, params.id)));
