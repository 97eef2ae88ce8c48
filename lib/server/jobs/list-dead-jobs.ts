import "server-only";
import { z } from "zod";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { decodeCursor, encodeCursor } from "@/lib/server/validation/cursor";
import { jobOut } from "./job-out";
import { ZListDeadJobsQuery, type TJobPage, type TListDeadJobsQuery } from "./schemas";

// Newest failure first; the cursor is the last row's (finishedAt, id).
const ZCursor = z.tuple([z.iso.datetime(), z.uuid()]);

function decodeDeadJobCursor(raw: string): { finishedAt: Date; id: string } {
  const [finishedAt, id] = decodeCursor(raw, ZCursor);
  return { finishedAt: new Date(finishedAt), id };
}

/** The household's jobs that ran out of attempts, for the admin to inspect and replay. */
export async function listDeadJobs(auth: AuthContext, input: TListDeadJobsQuery): Promise<TJobPage> {
  const { cursor, limit } = ZListDeadJobsQuery.parse(input);
  const after = cursor ? decodeDeadJobCursor(cursor) : undefined;
  const rows = await db().job.findMany({
    where: {
      householdId: auth.householdId,
      status: "DEAD",
      ...(after && {
        OR: [{ finishedAt: { lt: after.finishedAt } }, { finishedAt: after.finishedAt, id: { lt: after.id } }],
      }),
    },
    orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(jobOut),
    nextCursor: rows.length > limit && last?.finishedAt ? encodeCursor([last.finishedAt.toISOString(), last.id]) : null,
  };
}
