/**
 * Every /api path this app serves and the methods it answers, so the proxy can answer an
 * unknown path with a problem+json 404 and a wrong method with a 405 naming the right
 * ones, before Next would answer with an HTML page or an empty body. Kept as a literal
 * (the proxy must stay light: no schemas); api-routes.test.ts fails when it disagrees
 * with the route files or with the OpenAPI operation list.
 */
import "server-only";
export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Path templates as in the OpenAPI document; `{...name}` matches the rest of the path. */
export const API_ROUTES: Readonly<Record<string, readonly ApiMethod[]>> = {
  "/api/account/password": ["PUT"],
  "/api/account": ["GET", "POST"],
  "/api/admin/jobs/{id}/replay": ["POST"],
  "/api/admin/jobs": ["GET"],
  "/api/admin/outbox": ["GET"],
  "/api/advanced-schedules/{id}/history": ["GET"],
  "/api/advanced-schedules/{id}/pause": ["POST"],
  "/api/advanced-schedules/{id}/resume": ["POST"],
  "/api/advanced-schedules/{id}": ["GET", "PATCH", "DELETE"],
  "/api/advanced-schedules/preview": ["POST"],
  "/api/advanced-schedules": ["GET", "POST"],
  "/api/apprise/{id}": ["DELETE"],
  "/api/apprise": ["GET", "POST"],
  "/api/apprise/status": ["GET"],
  "/api/apprise/test": ["POST"],
  "/api/assets/{id}/attachments": ["GET", "POST"],
  "/api/assets/{id}/meters": ["GET", "POST"],
  "/api/assets/{id}/move": ["POST"],
  "/api/assets/{id}": ["GET", "PATCH", "DELETE"],
  "/api/assets/{id}/tree": ["GET"],
  "/api/assets": ["GET", "POST"],
  "/api/attachments/{id}": ["GET", "DELETE"],
  "/api/attachments/{id}/thumbnail": ["GET"],
  "/api/auth/{...nextauth}": ["GET", "POST"],
  "/api/calendar-integration/feeds/{id}/rotate": ["POST"],
  "/api/calendar-integration/feeds/{id}": ["PATCH", "DELETE"],
  "/api/calendar-integration/feeds": ["GET", "POST"],
  "/api/dashboard": ["GET"],
  "/api/docs/{file}": ["GET"],
  "/api/docs": ["GET"],
  "/api/health": ["GET"],
  "/api/households/active": ["PUT"],
  "/api/households/current/blackouts/{id}": ["DELETE"],
  "/api/households/current": ["GET", "PATCH"],
  "/api/households/current/blackouts": ["GET", "POST"],
  "/api/households/current/members": ["GET"],
  "/api/households": ["POST"],
  "/api/invitations/{id}": ["DELETE"],
  "/api/invitations/accept": ["POST"],
  "/api/invitations": ["GET", "POST"],
  "/api/locations/{id}": ["GET", "PATCH", "DELETE"],
  "/api/locations": ["GET", "POST"],
  "/api/meters/{id}/readings": ["GET", "POST"],
  "/api/notifications/preferences": ["GET", "PUT"],
  "/api/notifications/push/subscriptions": ["POST", "DELETE"],
  "/api/notifications/push/vapid-public-key": ["GET"],
  "/api/notifications/quiet-hours": ["GET", "PUT"],
  "/api/notifications/read": ["POST"],
  "/api/notifications": ["GET"],
  "/api/notifications/settings": ["GET", "PUT"],
  "/api/openapi.json": ["GET"],
  "/api/tags/{id}": ["GET", "PATCH", "DELETE"],
  "/api/tags": ["GET", "POST"],
  "/api/task-enhancements/{id}/comments/{commentId}": ["DELETE"],
  "/api/task-enhancements/{id}/comments": ["GET", "POST"],
  "/api/task-enhancements/{id}/subtasks": ["POST"],
  "/api/tasks/{id}/complete": ["POST"],
  "/api/tasks/{id}/reschedule": ["POST"],
  "/api/tasks/{id}": ["GET", "PATCH", "DELETE"],
  "/api/tasks/{id}/skip": ["POST"],
  "/api/tasks/calendar": ["GET"],
  "/api/tasks": ["GET", "POST"],
  "/api/tokens/{id}": ["DELETE"],
  "/api/tokens": ["GET", "POST"],
  "/api/webhooks/{id}/deliveries/{deliveryId}/resend": ["POST"],
  "/api/webhooks/{id}/deliveries": ["GET"],
  "/api/webhooks/{id}/rotate-secret": ["POST"],
  "/api/webhooks/{id}": ["PATCH", "DELETE"],
  "/api/webhooks/{id}/test": ["POST"],
  "/api/webhooks": ["GET", "POST"],
};

interface CompiledRoute {
  template: string;
  pattern: RegExp;
  /** Fewer parameters win: /api/tasks/calendar before /api/tasks/{id}. */
  parameters: number;
}

const compiled: CompiledRoute[] = Object.keys(API_ROUTES)
  .map((template) => {
    const source = template
      .split("/")
      .map((segment) => {
        if (/^\{\.\.\.\w+\}$/.test(segment)) return ".+";
        if (/^\{\w+\}$/.test(segment)) return "[^/]+";
        return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("/");
    return { template, pattern: new RegExp(`^${source}/?$`), parameters: (template.match(/\{/g) ?? []).length };
  })
  .sort((a, b) => a.parameters - b.parameters);

/** The template a path belongs to, or null when no route serves it. */
export function matchApiRoute(pathname: string): string | null {
  return compiled.find((route) => route.pattern.test(pathname))?.template ?? null;
}

/** The `Allow` header value for a template: its methods, plus HEAD with GET and OPTIONS. */
export function allowedMethods(template: string): string[] {
  const methods: string[] = [...(API_ROUTES[template] ?? [])];
  if (methods.includes("GET")) methods.push("HEAD");
  methods.push("OPTIONS");
  return methods;
}
