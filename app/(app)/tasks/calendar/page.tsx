import type { Metadata } from "next";
import { CalendarView } from "@/components/tasks/calendar-view";

export const metadata: Metadata = { title: "Task calendar" };

export default async function TaskCalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { month } = await searchParams;
  // Without a valid month the view opens on the household's current one, which only the client knows.
  const initial = typeof month === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : null;
  return <CalendarView initialMonth={initial} />;
}
