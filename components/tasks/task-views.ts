/** Plain data (not a client module), so the server page can read it too. */
export const TASK_VIEWS = [
  { id: "mine", label: "My tasks", empty: "Nothing is assigned to you." },
  { id: "household", label: "Household", empty: "The household has no open tasks." },
  { id: "soon", label: "Due soon", empty: "Nothing is due in the next 7 days." },
  { id: "overdue", label: "Overdue", empty: "Nothing is overdue." },
  { id: "byAsset", label: "By asset", empty: "The household has no open tasks." },
] as const;
export type TaskView = (typeof TASK_VIEWS)[number]["id"];

/** What the address bar says about the task list: the view and an optional asset filter. */
export interface TaskListParams {
  view: TaskView;
  assetId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Unknown views fall back to "mine"; an asset id that is not a UUID is ignored rather than sent to the API (which would refuse it). */
export function parseTaskListParams(params: Record<string, string | string[] | undefined>): TaskListParams {
  const view = one(params.view);
  const assetId = one(params.assetId);
  return {
    view: TASK_VIEWS.find((v) => v.id === view)?.id ?? "mine",
    assetId: assetId && UUID.test(assetId) ? assetId.toLowerCase() : null,
  };
}

/** The query string for these params ("" for the defaults), so links and reloads land on the same list. */
export function taskListSearch({ view, assetId }: TaskListParams): string {
  const search = new URLSearchParams();
  if (view !== "mine") search.set("view", view);
  if (assetId) search.set("assetId", assetId);
  const qs = search.toString();
  return qs ? `?${qs}` : "";
}
