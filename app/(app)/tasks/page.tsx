import type { Metadata } from "next";
import { TaskListView } from "@/components/tasks/task-list-view";
import { TASK_VIEWS, type TaskView } from "@/components/tasks/task-views";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { view } = await searchParams;
  const initial = TASK_VIEWS.find((v) => v.id === view)?.id ?? ("mine" satisfies TaskView);
  return <TaskListView initialView={initial} />;
}
