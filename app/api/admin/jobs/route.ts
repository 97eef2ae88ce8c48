import { readQuery } from "@/lib/server/api/read-json";
import { apiRoute, json } from "@/lib/server/api/route";
import { listDeadJobs } from "@/lib/server/jobs/list-dead-jobs";
import { ZListDeadJobsQuery } from "@/lib/server/jobs/schemas";

export const dynamic = "force-dynamic";

/** Dead jobs of the active household, newest first (cursor-paginated). */
export const GET = apiRoute("member:manage", async ({ request, auth }) =>
  json(await listDeadJobs(auth, readQuery(request, ZListDeadJobsQuery))),
);
