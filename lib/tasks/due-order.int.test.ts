/** The task list in due order: keyset pages across reschedules, equal dates and undated tasks, and cursors tied to their sort. */
import { beforeAll, describe, expect, it } from "vitest";
import { createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { expectOk, inDays, scheduleApiAs, type ScheduleApi } from "@/lib/schedules/test-kit";
import type { TTaskOut, TTaskPage } from "./schemas";

let owner: TestMember;
let api: ScheduleApi;
/** Ids in the order the list must give: due date (a reschedule wins), undated last, ties by id. */
let expected: string[];

beforeAll(async () => {
  owner = await createHouseholdOwner("due-order");
  api = scheduleApiAs(owner);
  const plans: { planned: number | null; moved?: number }[] = [
    { planned: 5 },
    { planned: null },
    { planned: 2 },
    { planned: 9, moved: 2 },
    { planned: 2 },
    { planned: null },
    { planned: -3 },
    { planned: 1, moved: 12 },
    { planned: 5, moved: 5 },
    { planned: null },
    { planned: 12 },
  ];
  const created: { id: string; due: string | null }[] = [];
  for (const [i, plan] of plans.entries()) {
    const task = expectOk<TTaskOut>(
      await api.createTask({ title: `t${i}`, plannedOn: plan.planned === null ? null : inDays(plan.planned) }),
      201,
    );
    if (plan.moved !== undefined) expectOk(await api.reschedule(task.id, inDays(plan.moved)));
    created.push({ id: task.id, due: plan.moved !== undefined ? inDays(plan.moved) : plan.planned === null ? null : inDays(plan.planned) });
  }
  expected = created
    .sort((a, b) => (a.due === b.due ? (a.id < b.id ? -1 : 1) : a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1))
    .map((t) => t.id);
});

async function walk(query: Record<string, string | number>): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = expectOk<TTaskPage>(await api.listTasks({ ...query, ...(cursor ? { cursor } : {}) }));
    ids.push(...page.items.map((t) => t.id));
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor);
  return { ids, pages };
}

describe("sort=due", () => {
  it("is the default and walks every page size without duplicates or gaps", async () => {
    expect(expectOk<TTaskPage>(await api.listTasks({ limit: 50 })).items.map((t) => t.id)).toEqual(expected);
    for (const limit of [1, 2, 3, 4]) {
      const { ids, pages } = await walk({ limit, sort: "due" });
      expect(ids, `limit ${limit}`).toEqual(expected);
      expect(pages).toBe(Math.ceil(expected.length / limit));
    }
  });

  it("creation order stays available, and a cursor from one sort is refused by the other", async () => {
    const created = await walk({ limit: 4, sort: "created" });
    expect(created.ids).toEqual([...expected].sort());
    const duePage = expectOk<TTaskPage>(await api.listTasks({ limit: 2 }));
    const createdPage = expectOk<TTaskPage>(await api.listTasks({ limit: 2, sort: "created" }));
    expect((await api.listTasks({ limit: 2, sort: "created", cursor: duePage.nextCursor ?? "" })).status).toBe(422);
    expect((await api.listTasks({ limit: 2, cursor: createdPage.nextCursor ?? "" })).status).toBe(422);
    expect((await api.listTasks({ cursor: "not-a-cursor" })).status).toBe(422);
  });
});
