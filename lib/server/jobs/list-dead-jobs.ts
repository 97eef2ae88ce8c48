import { z } from "zod";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { jobOut } from "./job-out";
import { ZListDeadJobsQuery, type TJobPage, type TListDeadJobsQuery } from "./schemas";

// Newest failure first; the cursor is the last row's (finishedAt, id).
const ZCursor = z.tuple([z.iso.datetime(), z.uuid()]);

function encodeCursor(finishedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([finishedAt.toISOString(), id]), "utf8").toString("base64url");
}

function decodeCursor(raw: string): { finishedAt: Date; id: string } {
  let parsed: z.ZodSafeParseResult<[string, string]> | undefined;
  try {
    parsed = ZCursor.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success) {
    throw new AppError("VALIDATION", "The cursor is not valid for this listing.", {
      fieldErrors: [{ path: "cursor", message: "Start again from the first page; this cursor is damaged" }],
    });
  }
  return { finishedAt: new Date(parsed.data[0]), id: parsed.data[1] };
}

/** The household's jobs that ran out of attempts, for the admin to inspect and replay. */
export async function listDeadJobs(auth: AuthContext, input: TListDeadJobsQuery): Promise<TJobPage> {
  const { cursor, limit } = ZListDeadJobsQuery.parse(input);
  const after = cursor ? decodeCursor(cursor) : undefined;
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
    nextCursor: rows.length > limit && last?.finishedAt ? encodeCursor(last.finishedAt, last.id) : null,
  };
}
