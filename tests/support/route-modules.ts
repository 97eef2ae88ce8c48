/**
 * Loads a route file's handler by its OpenAPI path template, so tests can call every
 * route the way Next would (`/api/tasks/{id}` → app/api/tasks/[id]/route.ts).
 */
import path from "node:path";

export type RouteMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function routeHandler(template: string, method: RouteMethod): Promise<RouteHandler> {
  const folder = template.replace(/\{(\w+)\}/g, "[$1]");
  const routeModule = (await import(path.join(process.cwd(), "app", folder, "route.ts"))) as Partial<Record<RouteMethod, RouteHandler>>;
  const handler = routeModule[method];
  if (!handler) throw new Error(`${template} exports no ${method}`);
  return handler;
}
