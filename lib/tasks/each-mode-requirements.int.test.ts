/**
 * EACH mode and completion requirements through the API: every assignee's call must meet
 * them, the 422 lists what that call misses, and the proof adds up on the task (ticks
 * merge, photos are added, each note is kept under its author's name, costs add up).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { addHouseholdMember, createHouseholdOwner, type TestMember } from "@/tests/support/fixtures";
import { expectOk, scheduleApiAs, type ScheduleApi } from "@/lib/schedules/test-kit";
import type { TCompleteTaskOut, TTaskOut } from "./schemas";

let owner: TestMember;
let alice: TestMember;
let bob: TestMember;
let api: ScheduleApi;

beforeAll(async () => {
  owner = await createHouseholdOwner("each-proof");
  alice = await addHouseholdMember(owner.auth.householdId, "MEMBER", "alice");
  bob = await addHouseholdMember(owner.auth.householdId, "MEMBER", "bob");
  api = scheduleApiAs(owner);
});

async function photo(name: string) {
  const asset = await db().asset.create({
    data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: `${name}'s room` },
  });
  return db().attachment.create({
    data: {
      householdId: owner.auth.householdId,
      assetId: asset.id,
      kind: "PHOTO",
      fileName: `${name}.jpg`,
      contentType: "image/jpeg",
      sizeBytes: 1,
      storageKey: `each-${asset.id}`,
    },
  });
}
const missingPaths = (result: { status: number; body: unknown }) => {
  expect(result.status).toBe(422);
  return (result.body as { errors: { path: string }[] }).errors.map((e) => e.path);
};

describe("EACH mode requirements", () => {
  it("checks every assignee's part and accumulates the proof on the task", async () => {
    const task = expectOk<TTaskOut>(
      await api.createTask({
        title: "Clean your room",
        assignmentMode: "EACH",
        assigneeIds: [alice.auth.userId, bob.auth.userId],
        requirements: {
          checklist: [
            { id: "floor", label: "Vacuum the floor", required: true },
            { id: "bed", label: "Make the bed", required: true },
            { id: "window", label: "Open the window", required: false },
          ],
          photoCount: 1,
          noteRequired: true,
        },
      }),
      201,
    );
    const [alicePhoto, bobPhoto] = [await photo("alice"), await photo("bob")];

    // The first part is refused like a final completion would be.
    expect(missingPaths(await scheduleApiAs(alice).complete(task.id, { checklist: ["floor"] }))).toEqual([
      "checklist.bed",
      "photoAttachmentIds",
      "note",
    ]);
    expect(expectOk<TTaskOut>(await api.getTask(task.id))).toMatchObject({
      status: "OPEN",
      checklistState: [],
      assignees: [{ completedAt: null }, { completedAt: null }],
    });

    const first = expectOk<TCompleteTaskOut>(
      await scheduleApiAs(alice).complete(task.id, {
        checklist: ["floor", "bed"],
        photoAttachmentIds: [alicePhoto.id],
        note: "Done, found a sock",
        costMinor: 300,
      }),
    );
    expect(first).toMatchObject({
      completed: false,
      task: { status: "IN_PROGRESS", completionPhotoIds: [alicePhoto.id], completionNote: "alice: Done, found a sock", costMinor: 300 },
    });
    expect(first.task.assignees.find((a) => a.userId === alice.auth.userId)?.completedAt).not.toBeNull();

    // Ticks are the task's and carry over; Bob still owes his own photo and note.
    expect(missingPaths(await scheduleApiAs(bob).complete(task.id, {}))).toEqual(["photoAttachmentIds", "note"]);
    const second = expectOk<TCompleteTaskOut>(
      await scheduleApiAs(bob).complete(task.id, {
        checklist: ["window"],
        photoAttachmentIds: [bobPhoto.id],
        note: "Clean",
        costMinor: 200,
      }),
    );
    expect(second).toMatchObject({ completed: true, task: { status: "DONE", completedById: bob.auth.userId, costMinor: 500 } });
    expect(new Set(second.task.checklistState)).toEqual(new Set(["floor", "bed", "window"]));
    expect(second.task.completionPhotoIds).toEqual([alicePhoto.id, bobPhoto.id]);
    expect(second.task.completionNote).toBe("alice: Done, found a sock\n\nbob: Clean");
  });

  it("records each assignee's meter reading when a reading is required", async () => {
    const asset = await db().asset.create({
      data: { householdId: owner.auth.householdId, ownerId: owner.auth.userId, name: "Shared car" },
    });
    const meter = expectOk<{ id: string }>(await api.createMeter(asset.id, { name: "Odometer", unit: "KM" }), 201);
    const task = expectOk<TTaskOut>(
      await api.createTask({
        title: "Log your trip",
        assetId: asset.id,
        assignmentMode: "EACH",
        assigneeIds: [alice.auth.userId, bob.auth.userId],
        requirements: { meterId: meter.id },
      }),
      201,
    );
    expect(missingPaths(await scheduleApiAs(alice).complete(task.id))).toEqual(["meterReading"]);
    expectOk(await scheduleApiAs(alice).complete(task.id, { meterReading: 1200 }));
    const done = expectOk<TCompleteTaskOut>(await scheduleApiAs(bob).complete(task.id, { meterReading: 1350.5 }));
    expect(done.task).toMatchObject({ status: "DONE", meterReadingValue: 1350.5, completionNote: null, costMinor: null });
    const readings = await db().meterReading.findMany({ where: { meterId: meter.id }, orderBy: { value: "asc" } });
    expect(readings.map((r) => r.value.toNumber())).toEqual([1200, 1350.5]);
  });

  it("lets the last part wait for required subtasks, while an earlier part does not", async () => {
    const task = expectOk<TTaskOut>(
      await api.createTask({ title: "Pack for the trip", assignmentMode: "EACH", assigneeIds: [alice.auth.userId, bob.auth.userId] }),
      201,
    );
    const sub = expectOk<TTaskOut>(await api.createSubtask(task.id, { title: "Book the ferry" }), 201);
    expect(expectOk<TCompleteTaskOut>(await scheduleApiAs(alice).complete(task.id)).completed).toBe(false);
    expect(missingPaths(await scheduleApiAs(bob).complete(task.id))).toEqual([`subtasks.${sub.id}`]);
    expectOk(await api.complete(sub.id));
    expect(expectOk<TCompleteTaskOut>(await scheduleApiAs(bob).complete(task.id)).completed).toBe(true);
  });

  it("is strict: a finished part or a non-assignee cannot close it for the others; a manager can", async () => {
    const carol = await addHouseholdMember(owner.auth.householdId, "MEMBER", "carol");
    const task = expectOk<TTaskOut>(
      await api.createTask({ title: "Read the manual", assignmentMode: "EACH", assigneeIds: [alice.auth.userId, bob.auth.userId] }),
      201,
    );
    expectOk(await scheduleApiAs(alice).complete(task.id));
    for (const [who, detail] of [
      [alice, "You have done your part; 1 assignee still has to do theirs."],
      [carol, "Each assignee completes their own part; 1 assignee still has to do theirs."],
    ] as const) {
      const refused = await scheduleApiAs(who).complete(task.id);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: "CONFLICT", detail });
    }
    const closed = expectOk<TCompleteTaskOut>(await api.complete(task.id));
    expect(closed).toMatchObject({ completed: true, task: { status: "DONE", completedById: owner.auth.userId } });
    expect(closed.task.assignees.find((a) => a.userId === bob.auth.userId)?.completedAt).toBeNull();
  });

  it("PATCH changes the mode and the requirements, drops ticks of removed items, and keeps a done part when assignees change", async () => {
    const carol = await addHouseholdMember(owner.auth.householdId, "MEMBER", "carol-patch");
    const checklist = [
      { id: "a", label: "Step A", required: true },
      { id: "b", label: "Step B", required: false },
    ];
    const task = expectOk<TTaskOut>(
      await api.createTask({ title: "Tidy the garage", assigneeIds: [alice.auth.userId, bob.auth.userId], requirements: { checklist } }),
      201,
    );
    expectOk(await api.updateTask(task.id, { checklistState: ["a", "b"] }));

    const changed = expectOk<TTaskOut>(
      await api.updateTask(task.id, { assignmentMode: "EACH", requirements: { checklist: [checklist[1]], noteRequired: true } }),
    );
    expect(changed).toMatchObject({
      assignmentMode: "EACH",
      checklistState: ["b"],
      requirements: { checklist: [{ id: "b" }], noteRequired: true, photoCount: 0 },
    });
    expect(missingPaths(await scheduleApiAs(alice).complete(task.id))).toEqual(["note"]);
    expectOk(await scheduleApiAs(alice).complete(task.id, { note: "Swept" }));

    // Bob leaves the task, Carol joins: Alice's part stays done.
    const reassigned = expectOk<TTaskOut>(await api.updateTask(task.id, { assigneeIds: [alice.auth.userId, carol.auth.userId] }));
    expect(reassigned.assignees.find((a) => a.userId === alice.auth.userId)?.completedAt).not.toBeNull();
    expect(reassigned.assignees.find((a) => a.userId === carol.auth.userId)?.completedAt).toBeNull();
    expect(reassigned.assignees.some((a) => a.userId === bob.auth.userId)).toBe(false);

    const unknownMeter = await api.updateTask(task.id, { requirements: { meterId: "00000000-0000-7000-8000-000000000000" } });
    expect(unknownMeter.status).toBe(422);
  });

  it("keeps both parts' proof when two assignees complete at the same moment", async () => {
    const task = expectOk<TTaskOut>(
      await api.createTask({ title: "Water the plants", assignmentMode: "EACH", assigneeIds: [alice.auth.userId, bob.auth.userId] }),
      201,
    );
    const [first, second] = await Promise.all([
      scheduleApiAs(alice).complete(task.id, { note: "Balcony", costMinor: 100 }),
      scheduleApiAs(bob).complete(task.id, { note: "Kitchen", costMinor: 50 }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const done = expectOk<TTaskOut>(await api.getTask(task.id));
    expect(done).toMatchObject({ status: "DONE", costMinor: 150 });
    expect(done.completionNote).toContain("alice: Balcony");
    expect(done.completionNote).toContain("bob: Kitchen");
  });
});
