import { json, apiRoute } from "@/lib/server/api/route";
import { readJson } from "@/lib/server/api/read-json";
import { previewSchedule } from "@/lib/schedules/preview-schedule";
import { ZPreviewSchedule } from "@/lib/schedules/schemas";

export const dynamic = "force-dynamic";

/** Nothing is saved, so any member may ask (the editor calls it while typing). */
export const POST = apiRoute("household:read", async ({ request, auth }) =>
  json(await previewSchedule(auth, await readJson(request, ZPreviewSchedule))),
);
