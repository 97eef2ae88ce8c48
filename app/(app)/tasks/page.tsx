import type { Metadata } from "next";
import { TaskListView } from "@/components/tasks/task-list-view";
import { parseTaskListParams } from "@/components/tasks/task-views";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <TaskListView initial={parseTaskListParams(await searchParams)} />;
}
