/**
 * Required and optional subtasks through the API: only open required subtasks (at any
 * depth, through required ones) block completing the parent, the refusal names them,
 * the flag is set on creation and by PATCH, and another household's ids answer 404.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { expectOk, scheduleApiAs, type ScheduleApi } from "@/lib/schedules/test-kit";
import type { TCompleteTaskOut, TTaskOut } from "./schemas";

let owner: TestMember;
let api: ScheduleApi;

beforeAll(async () => {
  owner = await createHouseholdOwner("subtasks");
  api = scheduleApiAs(owner);
});

type Problem = { detail: string; errors: { path: string; message: string }[] };
const refusal = async (taskId: string) => {
  const result = await api.complete(taskId);
  expect(result.status).toBe(422);
  return result.body as Problem;
};
const newTask = async (title: string) => expectOk<TTaskOut>(await api.createTask({ title }), 201);
const newSubtask = async (parentId: string, body: { title: string; isRequired?: boolean }) =>
  expectOk<TTaskOut>(await api.createSubtask(parentId, body), 201);

describe("required and optional subtasks", () => {
  it("blocks the parent only while required subtasks are open, naming them", async () => {
    const root = await newTask("Winterise the boat");
    const required = await newSubtask(root.id, { title: "Drain the engine" });
    const optional = await newSubtask(root.id, { title: "Wax the hull", isRequired: false });
    expect(required.isRequired).toBe(true);
    expect(optional.isRequired).toBe(false);

    const blocked = await refusal(root.id);
    expect(blocked.errors).toEqual([
      { path: `subtasks.${required.id}`, message: 'Finish or skip the required subtask "Drain the engine"' },
    ]);
    expect(blocked.detail).toContain(`subtasks.${required.id}`);

    expectOk(await api.complete(required.id));
    const done = expectOk<TCompleteTaskOut>(await api.complete(root.id));
    expect(done).toMatchObject({ completed: true, task: { status: "DONE" } });
    // The optional one stays as it was: completing the parent does not close it.
    expect(expectOk<TTaskOut>(await api.getTask(optional.id)).status).toBe("OPEN");
  });

  it("looks through required subtasks at any depth, but not under an optional one", async () => {
    const root = await newTask("Renovate the bathroom");
    const tiles = await newSubtask(root.id, { title: "Tile the floor" });
    const grout = await newSubtask(tiles.id, { title: "Grout the tiles" });
    const extras = await newSubtask(root.id, { title: "Extras", isRequired: false });
    const shelf = await newSubtask(extras.id, { title: "Hang a shelf" });

    expect((await refusal(root.id)).errors.map((e) => e.path)).toEqual([`subtasks.${tiles.id}`, `subtasks.${grout.id}`]);
    // The required grandchild under the optional child blocks that child only.
    expect((await refusal(extras.id)).errors.map((e) => e.path)).toEqual([`subtasks.${shelf.id}`]);

    expectOk(await api.complete(grout.id));
    expectOk(await api.complete(tiles.id));
    expectOk(await api.complete(root.id));
  });

  it("a skipped or cancelled required subtask no longer blocks, nor does anything under it", async () => {
    const root = await newTask("Clear the attic");
    const skipped = await newSubtask(root.id, { title: "Sort boxes" });
    await newSubtask(skipped.id, { title: "Label boxes" });
    const cancelled = await newSubtask(root.id, { title: "Call the charity" });
    expectOk(await api.skip(skipped.id));
    expectOk(await api.updateTask(cancelled.id, { status: "CANCELLED" }));
    expectOk(await api.complete(root.id));
  });

  it("PATCH toggles the flag of a subtask, and refuses it on a top-level task", async () => {
    const root = await newTask("Plan the party");
    const cake = await newSubtask(root.id, { title: "Order the cake" });
    expect(expectOk<TTaskOut>(await api.updateTask(cake.id, { isRequired: false })).isRequired).toBe(false);
    expect(expectOk<TTaskOut>(await api.getTask(cake.id)).isRequired).toBe(false);
    expectOk(await api.complete(root.id));

    const other = await newTask("Send invitations");
    const stamps = await newSubtask(other.id, { title: "Buy stamps", isRequired: false });
    expect(expectOk<TTaskOut>(await api.updateTask(stamps.id, { isRequired: true })).isRequired).toBe(true);
    expect((await refusal(other.id)).errors.map((e) => e.path)).toEqual([`subtasks.${stamps.id}`]);

    const notSubtask = await api.updateTask(other.id, { isRequired: false });
    expect(notSubtask.status).toBe(422);
    expect((notSubtask.body as Problem).errors.map((e) => e.path)).toEqual(["isRequired"]);
    expect((await api.createSubtask(other.id, { title: "Bad", isRequired: "no" })).status).toBe(422);
  });

  it("answers 404 for another household's task or subtask", async () => {
    const root = await newTask("Fix the gate");
    const hinge = await newSubtask(root.id, { title: "New hinge" });
    const stranger = scheduleApiAs(await createHouseholdOwner("stranger"));
    expect((await stranger.createSubtask(root.id, { title: "Sneak in", isRequired: false })).status).toBe(404);
    expect((await stranger.updateTask(hinge.id, { isRequired: false })).status).toBe(404);
    expect((await stranger.complete(hinge.id)).status).toBe(404);
    expect(expectOk<TTaskOut>(await api.getTask(hinge.id))).toMatchObject({ isRequired: true, status: "OPEN" });
    expect((await refusal(root.id)).errors.map((e) => e.path)).toEqual([`subtasks.${hinge.id}`]);
  });
});
