/** The public iCalendar feed: /calendar/<token>.ics (lib/calendar-feeds/serve-feed.ts). */
import { serveFeed } from "@/lib/calendar-feeds/serve-feed";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  return serveFeed(request, (await context.params).file);
}
