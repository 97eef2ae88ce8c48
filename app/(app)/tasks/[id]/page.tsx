import type { Metadata } from "next";
import { TaskDetailView } from "@/components/tasks/task-detail-view";

export const metadata: Metadata = { title: "Task" };

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="mx-auto max-w-5xl">
      <TaskDetailView id={id} />
    </div>
  );
}
