import { describe, expect, it } from "vitest";
import { ZCreateTask, ZUpdateTask, type TTaskOut } from "@/lib/tasks/schemas";
import {
  createTaskBody,
  emptyTaskFormValues,
  isOccurrence,
  taskFormErrors,
  taskFormValuesFrom,
  updateTaskBody,
  type TaskFormValues,
} from "./task-form-values";
import { statusActions } from "./task-status-actions";

const ASSET = "0b5e6f1c-2d3a-4b5c-8d7e-9f0a1b2c3d4e";
const ANA = "1b5e6f1c-2d3a-4b5c-8d7e-9f0a1b2c3d4e";
const BEN = "2b5e6f1c-2d3a-4b5c-8d7e-9f0a1b2c3d4e";
const SCHEDULE = "3b5e6f1c-2d3a-4b5c-8d7e-9f0a1b2c3d4e";

function task(overrides: Partial<TTaskOut> = {}): TTaskOut {
  return {
    id: "4b5e6f1c-2d3a-4b5c-8d7e-9f0a1b2c3d4e",
    scheduleId: null,
    assetId: ASSET,
    parentTaskId: null,
    isRequired: true,
    title: "Fix the tap",
    notes: "Kitchen",
    status: "OPEN",
    priority: "NORMAL",
    plannedOn: "2026-12-01",
    rescheduledOn: null,
    dueOn: "2026-12-01",
    completedAt: null,
    completedById: null,
    trigger: null,
    assignmentMode: "EACH",
    requirements: { checklist: [{ id: "s1", label: "Close valve", required: true }], photoCount: 1, meterId: null, noteRequired: true },
    checklistState: [],
    completionPhotoIds: [],
    meterReadingValue: null,
    costMinor: null,
    completionNote: null,
    assignees: [
      { userId: ANA, completedAt: null },
      { userId: BEN, completedAt: null },
    ],
    createdAt: "2026-11-01T00:00:00.000Z",
    updatedAt: "2026-11-01T00:00:00.000Z",
    ...overrides,
  };
}

function values(overrides: Partial<TaskFormValues>): TaskFormValues {
  return { ...emptyTaskFormValues(null), ...overrides };
}

describe("task form → POST body", () => {
  it("sends every field in the shape the API accepts", () => {
    const body = createTaskBody(
      values({
        title: "  Fix the tap ",
        notes: "Kitchen",
        assetId: ASSET,
        plannedOn: "2026-12-01",
        priority: "HIGH",
        assigneeIds: [ANA, BEN],
        assignmentMode: "EACH",
        checklist: [{ id: "s1", label: " Close valve ", required: true }],
        photoCount: "2",
        noteRequired: true,
      }),
    );
    expect(body).toEqual({
      title: "Fix the tap",
      notes: "Kitchen",
      assetId: ASSET,
      plannedOn: "2026-12-01",
      priority: "HIGH",
      assigneeIds: [ANA, BEN],
      assignmentMode: "EACH",
      requirements: { checklist: [{ id: "s1", label: "Close valve", required: true }], photoCount: 2, meterId: null, noteRequired: true },
    });
    expect(ZCreateTask.safeParse(body).success).toBe(true);
  });

  it("leaves out a date that is not set, and the mode with fewer than two assignees", () => {
    const body = createTaskBody(values({ title: "Tidy", assigneeIds: [ANA], assignmentMode: "EACH" }));
    expect(body.plannedOn).toBeNull();
    expect(body.assetId).toBeNull();
    expect(body.assignmentMode).toBe("ANY");
    expect(ZCreateTask.safeParse(body).success).toBe(true);
  });
});

describe("task form checks", () => {
  it("asks for a title, a photo count of 0 to 20 and a label on every step", () => {
    expect(taskFormErrors(values({ title: "Tidy" }))).toEqual({});
    expect(taskFormErrors(values({ title: "  ", photoCount: "21", checklist: [{ id: "a", label: " ", required: false }] }))).toEqual({
      title: "Give the task a title",
      "requirements.photoCount": "0 to 20 photos",
      "requirements.checklist.0.label": "Describe the step or remove it",
    });
    expect(taskFormErrors(values({ title: "Tidy", photoCount: "1.5" }))).toHaveProperty(["requirements.photoCount"]);
  });
});

describe("task → form → PATCH body", () => {
  it("sends nothing when nothing changed", () => {
    const t = task();
    expect(updateTaskBody(t, taskFormValuesFrom(t))).toEqual({});
  });

  it("sends only what changed, the assignees as a set", () => {
    const t = task();
    const edited = {
      ...taskFormValuesFrom(t),
      title: " Fix the tap now ",
      priority: "URGENT" as const,
      plannedOn: "",
      assigneeIds: [BEN, ANA],
    };
    const body = updateTaskBody(t, edited);
    expect(body).toEqual({ title: "Fix the tap now", priority: "URGENT", plannedOn: null });
    expect(ZUpdateTask.safeParse(body).success).toBe(true);
    expect(updateTaskBody(t, { ...edited, assigneeIds: [ANA] })).toHaveProperty("assigneeIds", [ANA]);
  });

  it("sends the mode and the requirements when they changed, and falls back to any-one with a single assignee", () => {
    const t = task();
    const form = taskFormValuesFrom(t);
    expect(updateTaskBody(t, { ...form, assignmentMode: "ANY" })).toEqual({ assignmentMode: "ANY" });
    expect(updateTaskBody(t, { ...form, assigneeIds: [ANA] })).toEqual({ assigneeIds: [ANA], assignmentMode: "ANY" });
    const body = updateTaskBody(t, { ...form, photoCount: "2", checklist: [{ id: "s1", label: "Close valve", required: false }] });
    expect(body).toEqual({
      requirements: { checklist: [{ id: "s1", label: "Close valve", required: false }], photoCount: 2, meterId: null, noteRequired: true },
    });
    expect(ZUpdateTask.safeParse(body).success).toBe(true);
  });

  it("never sends the date of a schedule's occurrence, which moves with Reschedule", () => {
    const occurrence = task({ scheduleId: SCHEDULE });
    expect(isOccurrence(occurrence)).toBe(true);
    expect(updateTaskBody(occurrence, { ...taskFormValuesFrom(occurrence), plannedOn: "2027-01-01" })).toEqual({});
    const subtask = task({ scheduleId: SCHEDULE, parentTaskId: ASSET });
    expect(isOccurrence(subtask)).toBe(false);
    expect(updateTaskBody(subtask, { ...taskFormValuesFrom(subtask), plannedOn: "2027-01-01" })).toEqual({ plannedOn: "2027-01-01" });
  });
});

describe("status actions", () => {
  it("offers Start and Blocked on an open task, Blocked while in progress, Unblock when blocked, nothing when closed", () => {
    expect(statusActions("OPEN")).toEqual([
      { label: "Start", status: "IN_PROGRESS" },
      { label: "Blocked", status: "BLOCKED" },
    ]);
    expect(statusActions("IN_PROGRESS")).toEqual([{ label: "Blocked", status: "BLOCKED" }]);
    expect(statusActions("BLOCKED")).toEqual([{ label: "Unblock", status: "OPEN" }]);
    expect(statusActions("DONE")).toEqual([]);
    expect(statusActions("CANCELLED")).toEqual([]);
  });
});
