import type { FieldErrors } from "@/lib/client/form-errors";
import type { TTaskRequirements } from "@/lib/schedules/schemas";
import type { TCreateTask, TTaskOut, TUpdateTask } from "@/lib/tasks/schemas";
import type { TChecklistItemInput } from "@/components/schedules/requirements-fields";

/** What the task form holds: text as typed, so a half-typed number is not lost to parsing. */
export interface TaskFormValues {
  title: string;
  notes: string;
  assetId: string | null;
  /** "YYYY-MM-DD" or "" for no date. */
  plannedOn: string;
  priority: TTaskOut["priority"];
  assigneeIds: string[];
  assignmentMode: TTaskOut["assignmentMode"];
  checklist: TChecklistItemInput[];
  photoCount: string;
  meterId: string;
  noteRequired: boolean;
}

export const PRIORITY_OPTIONS: { value: TTaskOut["priority"]; label: string }[] = [
  { value: "LOW", label: "Low" },
  { value: "NORMAL", label: "Normal" },
  { value: "HIGH", label: "High" },
  { value: "URGENT", label: "Urgent" },
];

export function emptyTaskFormValues(assetId: string | null): TaskFormValues {
  return {
    title: "",
    notes: "",
    assetId,
    plannedOn: "",
    priority: "NORMAL",
    assigneeIds: [],
    assignmentMode: "ANY",
    checklist: [],
    photoCount: "0",
    meterId: "",
    noteRequired: false,
  };
}

export function taskFormValuesFrom(task: TTaskOut): TaskFormValues {
  const r = task.requirements;
  return {
    title: task.title,
    notes: task.notes,
    assetId: task.assetId,
    plannedOn: task.plannedOn ?? "",
    priority: task.priority,
    assigneeIds: task.assignees.map((a) => a.userId),
    assignmentMode: task.assignmentMode,
    checklist: r.checklist,
    photoCount: String(r.photoCount),
    meterId: r.meterId ?? "",
    noteRequired: r.noteRequired,
  };
}

/** The checks the browser can make before asking the server, keyed by the API's field paths. */
export function taskFormErrors(values: TaskFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.title.trim()) errors.title = "Give the task a title";
  if (!/^\d+$/.test(values.photoCount) || Number(values.photoCount) > 20) errors["requirements.photoCount"] = "0 to 20 photos";
  values.checklist.forEach((item, i) => {
    if (!item.label.trim()) errors[`requirements.checklist.${i}.label`] = "Describe the step or remove it";
  });
  return errors;
}

/** The POST /api/tasks body. The mode only means something with two or more assignees. */
export function createTaskBody(values: TaskFormValues): TCreateTask {
  return {
    title: values.title.trim(),
    notes: values.notes,
    assetId: values.assetId,
    plannedOn: values.plannedOn || null,
    priority: values.priority,
    assigneeIds: values.assigneeIds,
    assignmentMode: effectiveMode(values),
    requirements: requirementsOf(values),
  };
}

/** "Each of them" only means something with two or more assignees. */
const effectiveMode = (values: TaskFormValues): TTaskOut["assignmentMode"] =>
  values.assigneeIds.length > 1 ? values.assignmentMode : "ANY";

function requirementsOf(values: TaskFormValues): TTaskRequirements {
  return {
    checklist: values.checklist.map((c) => ({ ...c, label: c.label.trim() })),
    photoCount: Number(values.photoCount),
    meterId: values.meterId || null,
    noteRequired: values.noteRequired,
  };
}

function sameRequirements(a: TTaskRequirements, b: TTaskRequirements): boolean {
  const sameChecklist =
    a.checklist.length === b.checklist.length &&
    a.checklist.every(
      (item, i) => item.id === b.checklist[i]?.id && item.label === b.checklist[i]?.label && item.required === b.checklist[i]?.required,
    );
  return sameChecklist && a.photoCount === b.photoCount && a.meterId === b.meterId && a.noteRequired === b.noteRequired;
}

/**
 * The PATCH body: only what changed, so an edit never overwrites a concurrent change to
 * another field. The date of a schedule's occurrence moves with Reschedule, never here.
 */
export function updateTaskBody(task: TTaskOut, values: TaskFormValues): TUpdateTask {
  const body: TUpdateTask = {};
  const title = values.title.trim();
  if (title !== task.title) body.title = title;
  if (values.notes !== task.notes) body.notes = values.notes;
  if (values.priority !== task.priority) body.priority = values.priority;
  if (!isOccurrence(task) && (values.plannedOn || null) !== task.plannedOn) body.plannedOn = values.plannedOn || null;
  const before = task.assignees.map((a) => a.userId);
  if (values.assigneeIds.length !== before.length || values.assigneeIds.some((id) => !before.includes(id)))
    body.assigneeIds = values.assigneeIds;
  if (effectiveMode(values) !== task.assignmentMode) body.assignmentMode = effectiveMode(values);
  const requirements = requirementsOf(values);
  if (!sameRequirements(requirements, task.requirements)) body.requirements = requirements;
  return body;
}

/** A schedule's own occurrence (not a subtask): moved by Reschedule, closed by Skip, never cancelled or deleted while open. */
export function isOccurrence(task: Pick<TTaskOut, "scheduleId" | "parentTaskId">): boolean {
  return task.scheduleId !== null && task.parentTaskId === null;
}
