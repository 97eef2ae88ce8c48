import "server-only";
import { taskInclude } from "@/lib/core/task-row";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors/app-error";
import type { TTaskOut } from "./schemas";
import { toTaskOut } from "./task-out";
import { visibleToCaller } from "@/lib/core/visibility/visible-tasks-and-schedules";

export async function getTask(auth: AuthContext, id: string): Promise<TTaskOut> {
  const task = await db().task.findFirst({ where: { AND: [await visibleToCaller(db(), auth), { id }] }, include: taskInclude });
  if (!task) throw notFound("Task");
  return toTaskOut(task);
}
