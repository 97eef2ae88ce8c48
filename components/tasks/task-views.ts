/** Plain data (not a client module), so the server page can read it too. */
export const TASK_VIEWS = [
  { id: "mine", label: "My tasks", empty: "Nothing is assigned to you." },
  { id: "household", label: "Household", empty: "The household has no open tasks." },
  { id: "soon", label: "Due soon", empty: "Nothing is due in the next 7 days." },
  { id: "overdue", label: "Overdue", empty: "Nothing is overdue." },
] as const;
export type TaskView = (typeof TASK_VIEWS)[number]["id"];
