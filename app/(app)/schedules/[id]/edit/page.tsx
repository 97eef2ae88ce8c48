import type { Metadata } from "next";
import { EditScheduleView } from "@/components/schedules/schedule-pages";

export const metadata: Metadata = { title: "Edit schedule" };

export default async function EditSchedulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="mx-auto max-w-6xl">
      <EditScheduleView id={id} />
    </div>
  );
}
