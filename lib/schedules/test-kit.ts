/**
 * For integration tests only: the schedule, task and meter endpoints called through
 * their real route handlers with a member's Bearer token.
 */
import * as meterReadingsRoute from "@/app/api/meters/[id]/readings/route";
import * as assetMetersRoute from "@/app/api/assets/[id]/meters/route";
import * as scheduleRoute from "@/app/api/advanced-schedules/[id]/route";
import * as pauseRoute from "@/app/api/advanced-schedules/[id]/pause/route";
import * as resumeRoute from "@/app/api/advanced-schedules/[id]/resume/route";
import * as previewRoute from "@/app/api/advanced-schedules/preview/route";
import * as schedulesRoute from "@/app/api/advanced-schedules/route";
import * as subtasksRoute from "@/app/api/task-enhancements/[id]/subtasks/route";
import * as completeRoute from "@/app/api/tasks/[id]/complete/route";
import * as rescheduleRoute from "@/app/api/tasks/[id]/reschedule/route";
import * as skipRoute from "@/app/api/tasks/[id]/skip/route";
import * as taskRoute from "@/app/api/tasks/[id]/route";
import * as tasksRoute from "@/app/api/tasks/route";
import { callRoute, type TestMember } from "@/tests/support/fixtures";
import { addDays, calendarDateInZone, type CalendarDate } from "./engine";

type Query = Record<string, string | number | boolean | undefined>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Test households use the default UTC zone, so "today" is UTC's. */
export const today = (): CalendarDate => calendarDateInZone(new Date(), "UTC");
export const inDays = (days: number): CalendarDate => addDays(today(), days);
/** For a household in another zone: its "today" can be a day ahead of or behind UTC's. */
export const inDaysIn = (timeZone: string, days: number): CalendarDate => addDays(calendarDateInZone(new Date(), timeZone), days);

export function scheduleApiAs(member: Pick<TestMember, "authorization">) {
  const { authorization } = member;
  const id = (value: string) => ({ id: value });
  const post = <P extends Record<string, string>>(
    handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>,
    path: string,
    body: unknown,
    params?: P,
  ) => callRoute(handler, { method: "POST", path, authorization, body, params });
  return {
    listSchedules: (query?: Query) => callRoute(schedulesRoute.GET, { path: withQuery("/api/advanced-schedules", query), authorization }),
    createSchedule: (body: unknown) => post(schedulesRoute.POST, "/api/advanced-schedules", body),
    preview: (body: unknown) => post(previewRoute.POST, "/api/advanced-schedules/preview", body),
    getSchedule: (s: string) => callRoute(scheduleRoute.GET, { path: `/api/advanced-schedules/${s}`, authorization, params: id(s) }),
    updateSchedule: (s: string, body: unknown) =>
      callRoute(scheduleRoute.PATCH, { method: "PATCH", path: `/api/advanced-schedules/${s}`, authorization, body, params: id(s) }),
    deleteSchedule: (s: string) =>
      callRoute(scheduleRoute.DELETE, { method: "DELETE", path: `/api/advanced-schedules/${s}`, authorization, params: id(s) }),
    pause: (s: string) => post(pauseRoute.POST, `/api/advanced-schedules/${s}/pause`, undefined, id(s)),
    resume: (s: string) => post(resumeRoute.POST, `/api/advanced-schedules/${s}/resume`, undefined, id(s)),
    listTasks: (query?: Query) => callRoute(tasksRoute.GET, { path: withQuery("/api/tasks", query), authorization }),
    createTask: (body: unknown) => post(tasksRoute.POST, "/api/tasks", body),
    getTask: (t: string) => callRoute(taskRoute.GET, { path: `/api/tasks/${t}`, authorization, params: id(t) }),
    updateTask: (t: string, body: unknown) =>
      callRoute(taskRoute.PATCH, { method: "PATCH", path: `/api/tasks/${t}`, authorization, body, params: id(t) }),
    deleteTask: (t: string) => callRoute(taskRoute.DELETE, { method: "DELETE", path: `/api/tasks/${t}`, authorization, params: id(t) }),
    complete: (t: string, body: unknown = {}) => post(completeRoute.POST, `/api/tasks/${t}/complete`, body, id(t)),
    skip: (t: string) => post(skipRoute.POST, `/api/tasks/${t}/skip`, {}, id(t)),
    reschedule: (t: string, date: string | null) => post(rescheduleRoute.POST, `/api/tasks/${t}/reschedule`, { date }, id(t)),
    createSubtask: (t: string, body: unknown) => post(subtasksRoute.POST, `/api/task-enhancements/${t}/subtasks`, body, id(t)),
    listMeters: (a: string) => callRoute(assetMetersRoute.GET, { path: `/api/assets/${a}/meters`, authorization, params: id(a) }),
    createMeter: (a: string, body: unknown) => post(assetMetersRoute.POST, `/api/assets/${a}/meters`, body, id(a)),
    listReadings: (m: string) => callRoute(meterReadingsRoute.GET, { path: `/api/meters/${m}/readings`, authorization, params: id(m) }),
    recordReading: (m: string, body: unknown) => post(meterReadingsRoute.POST, `/api/meters/${m}/readings`, body, id(m)),
  };
}

export type ScheduleApi = ReturnType<typeof scheduleApiAs>;

/** The body of a call that must have answered `status`; fails with the body otherwise. */
export function expectOk<T>(result: { status: number; body: unknown }, status = 200): T {
  if (result.status !== status) throw new Error(`expected ${status}, got ${result.status}: ${JSON.stringify(result.body)}`);
  return result.body as T;
}
