import { isApiDocsAsset, readApiDocsAsset } from "@/lib/openapi/api-docs-page";
import { notFound } from "@/lib/server/errors/app-error";
import { problemResponse } from "@/lib/server/api/problem";

/** Swagger UI's script and stylesheet, and our start-up script, for /api/docs. */
export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  if (!isApiDocsAsset(file)) return problemResponse(notFound("File"));
  const asset = await readApiDocsAsset(file);
  return new Response(asset.body, {
    headers: { "content-type": asset.contentType, "cache-control": "public, max-age=86400", "x-content-type-options": "nosniff" },
  });
}
