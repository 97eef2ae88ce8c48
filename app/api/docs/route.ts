import { apiDocsPage } from "@/lib/openapi/api-docs-page";

export const dynamic = "force-dynamic";

/** The API reference page; proxy.ts gives it a nonce and the page policy. */
export function GET(request: Request): Response {
  return new Response(apiDocsPage(request.headers.get("x-nonce")), {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
