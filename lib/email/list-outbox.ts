/**
 * The household's outbox: e-mail kept instead of sent while no SMTP server is set up,
 * newest first. Ids are UUIDv7, so ordering by id is ordering by time and the last id
 * of a page is its cursor.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { ZListOutboxQuery, type TListOutboxQuery, type TOutboxPage } from "./schemas";

export async function listOutbox(auth: AuthContext, input: TListOutboxQuery): Promise<TOutboxPage> {
  const { cursor, limit } = ZListOutboxQuery.parse(input);
  const rows = await db().outboxMessage.findMany({
    where: { householdId: auth.householdId, ...(cursor ? { id: { lt: cursor } } : {}) },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
