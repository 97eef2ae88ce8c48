import { json, apiRoute } from "@/lib/server/api/route";
import { readJson, readQuery } from "@/lib/server/api/read-json";
import { listMeterReadings } from "@/lib/meters/list-meter-readings";
import { recordMeterReading } from "@/lib/meters/record-meter-reading";
import { ZListReadingsQuery, ZRecordReading } from "@/lib/meters/schemas";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = apiRoute<Params>("asset:read", async ({ request, params, auth }) =>
  json(await listMeterReadings(auth, params.id, readQuery(request, ZListReadingsQuery))),
);

/** 422 when lower than the last reading unless isReset; `triggeredTaskIds` lists usage tasks that became due. */
export const POST = apiRoute<Params>("task:write", async ({ request, params, auth }) =>
  json(await recordMeterReading(auth, params.id, await readJson(request, ZRecordReading)), { status: 201 }),
);
