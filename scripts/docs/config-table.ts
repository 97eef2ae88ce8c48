/**
 * `npm run docs:config`: rewrites the configuration table in README.md (between
 * <!-- config:start --> and <!-- config:end -->) from lib/server/config/schema.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withConfigTable } from "../../lib/server/config/docs";

const readmePath = path.resolve(new URL("../..", import.meta.url).pathname, "README.md");
const before = readFileSync(readmePath, "utf8");
const after = withConfigTable(before);
if (after === before) console.log("README.md: the configuration table is up to date");
else {
  writeFileSync(readmePath, after);
  console.log("README.md: configuration table rewritten from lib/server/config/schema.ts");
}
