/** Reading and changing the caller's quiet hours (stored as minutes after local midnight). */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { ZQuietHours, type TQuietHours, type TUpdateQuietHours } from "./schemas";

const toMinutes = (hhmm: string | null) => (hhmm === null ? null : Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)));
const toHhmm = (minutes: number | null) =>
  minutes === null ? null : `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export async function getQuietHours(auth: AuthContext): Promise<TQuietHours> {
  const row = await db().userNotificationSettings.findUnique({ where: { userId: auth.userId } });
  return { start: toHhmm(row?.quietHoursStart ?? null), end: toHhmm(row?.quietHoursEnd ?? null), timeZone: row?.timeZone ?? null };
}

export async function updateQuietHours(auth: AuthContext, input: TUpdateQuietHours): Promise<TQuietHours> {
  const q = ZQuietHours.parse(input);
  const data = { quietHoursStart: toMinutes(q.start), quietHoursEnd: toMinutes(q.end), timeZone: q.timeZone };
  await db().userNotificationSettings.upsert({ where: { userId: auth.userId }, create: { userId: auth.userId, ...data }, update: data });
  return getQuietHours(auth);
}
