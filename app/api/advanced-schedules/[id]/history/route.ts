import { json, apiRoute } from "@/lib/server/api/route";
import { readQuery } from "@/lib/server/api/read-json";
import { listScheduleHistory } from "@/lib/schedules/list-schedule-history";
import { ZScheduleHistoryQuery } from "@/lib/schedules/schemas";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** Done, skipped and cancelled occurrences, latest planned first, cursor-paged. */
export const GET = apiRoute<Params>("household:read", async ({ request, params, auth }) =>
  json(await listScheduleHistory(auth, params.id, readQuery(request, ZScheduleHistoryQuery))),
);
