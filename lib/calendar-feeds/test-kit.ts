/**
 * For integration tests only: the feed endpoints called through their real route
 * handlers, the public .ics route, and a minimal iCalendar reader (unfolding, one map of
 * properties per VEVENT) for checking what a feed says.
 */
import * as feedRoute from "@/app/api/calendar-integration/feeds/[id]/route";
import * as rotateRoute from "@/app/api/calendar-integration/feeds/[id]/rotate/route";
import * as feedsRoute from "@/app/api/calendar-integration/feeds/route";
import * as icsRoute from "@/app/calendar/[file]/route";
import { callRoute, type TestMember } from "@/tests/support/fixtures";
import type { TCalendarFeedList, TCalendarFeedOut, TCalendarFeedWithUrlOut } from "./schemas";

export function feedApiAs(member: Pick<TestMember, "authorization">) {
  const { authorization } = member;
  const id = (value: string) => ({ id: value });
  return {
    list: () => callRoute(feedsRoute.GET, { path: "/api/calendar-integration/feeds", authorization }),
    create: (body: unknown) => callRoute(feedsRoute.POST, { method: "POST", path: "/api/calendar-integration/feeds", authorization, body }),
    update: (f: string, body: unknown) =>
      callRoute(feedRoute.PATCH, { method: "PATCH", path: `/api/calendar-integration/feeds/${f}`, authorization, body, params: id(f) }),
    remove: (f: string) =>
      callRoute(feedRoute.DELETE, { method: "DELETE", path: `/api/calendar-integration/feeds/${f}`, authorization, params: id(f) }),
    rotate: (f: string) =>
      callRoute(rotateRoute.POST, { method: "POST", path: `/api/calendar-integration/feeds/${f}/rotate`, authorization, params: id(f) }),
  };
}

export type { TCalendarFeedList, TCalendarFeedOut, TCalendarFeedWithUrlOut };

/** The last path segment of a feed URL: "<token>.ics". */
export const fileOf = (url: string): string => new URL(url).pathname.split("/").pop() ?? "";

/** GET /calendar/<file> as a calendar app would (no cookie, no token header). */
export async function fetchFeed(
  file: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: Headers }> {
  const request = new Request(`http://localhost:3000/calendar/${file}`, { headers });
  const response = await icsRoute.GET(request, { params: Promise.resolve({ file }) });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

export interface ParsedEvent {
  uid: string;
  dtstart: string;
  summary: string;
  sequence: number;
  props: Map<string, string>;
}

/** Unfolds and splits an iCalendar text into its VEVENTs (enough to check content, not a full parser). */
export function parseEvents(text: string): ParsedEvent[] {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const events: ParsedEvent[] = [];
  let current: Map<string, string> | null = null;
  let depth = 0;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") {
      current = new Map();
      depth = 0;
      continue;
    }
    if (!current) continue;
    if (line.startsWith("BEGIN:")) depth += 1;
    else if (line.startsWith("END:") && line !== "END:VEVENT") depth -= 1;
    else if (line === "END:VEVENT") {
      events.push({
        uid: current.get("UID") ?? "",
        dtstart: current.get("DTSTART") ?? "",
        summary: (current.get("SUMMARY") ?? "").replace(/\\([\\;,])/g, "$1").replace(/\\n/gi, "\n"),
        sequence: Number(current.get("SEQUENCE") ?? "0"),
        props: current,
      });
      current = null;
    } else if (depth === 0) {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).split(";")[0] ?? "";
      current.set(name, line.slice(colon + 1));
    }
  }
  return events;
}
