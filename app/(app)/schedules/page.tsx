import type { Metadata } from "next";
import { ScheduleListView } from "@/components/schedules/schedule-pages";

export const metadata: Metadata = { title: "Schedules" };

export default function SchedulesPage() {
  return (
    <div className="mx-auto max-w-4xl">
      <ScheduleListView />
    </div>
  );
}
