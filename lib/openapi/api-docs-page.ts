/**
 * The API reference for people at /api/docs: Swagger UI (swagger-ui-dist, served by
 * this app from node_modules, no CDN) rendering /api/openapi.json. The page runs under
 * the same nonce policy as every page (proxy.ts), so its scripts carry the nonce.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** Our start-up script: external, so the page needs no inline script at all. */
const INIT_SCRIPT = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    tryItOutEnabled: false,
    persistAuthorization: false,
  });
});
`;

const ASSETS = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "init.js": "text/javascript; charset=utf-8",
} as const;

export type ApiDocsAsset = keyof typeof ASSETS;

export function isApiDocsAsset(file: string): file is ApiDocsAsset {
  return Object.hasOwn(ASSETS, file);
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function apiDocsPage(nonce: string | null): string {
  const nonceAttribute = nonce ? ` nonce="${escapeAttribute(nonce)}"` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · DumbAssets</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<main id="swagger-ui" aria-label="API reference"></main>
<noscript>The API reference needs JavaScript. The document itself is at <a href="/api/openapi.json">/api/openapi.json</a>.</noscript>
<script${nonceAttribute} src="/api/docs/swagger-ui-bundle.js"></script>
<script${nonceAttribute} src="/api/docs/init.js"></script>
</body>
</html>
`;
}

/** One asset's bytes and content type; the Swagger UI files come from the installed package. */
export async function readApiDocsAsset(file: ApiDocsAsset): Promise<{ body: string; contentType: string }> {
  const contentType = ASSETS[file];
  if (file === "init.js") return { body: INIT_SCRIPT, contentType };
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", file), "utf8");
  return { body, contentType };
}
