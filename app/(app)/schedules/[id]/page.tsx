import type { Metadata } from "next";
import { ScheduleDetailView } from "@/components/schedules/schedule-detail-view";

export const metadata: Metadata = { title: "Schedule" };

export default async function SchedulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="mx-auto max-w-5xl">
      <ScheduleDetailView id={id} />
    </div>
  );
}
