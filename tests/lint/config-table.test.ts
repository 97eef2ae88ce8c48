import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withConfigTable } from "@/lib/server/config/docs";

const root = path.resolve(__dirname, "../..");

describe("the README's configuration table", () => {
  it("is the one generated from lib/server/config/schema.ts", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const fresh = withConfigTable(readme);
    expect(readme === fresh, "README.md's configuration table differs from the schema: run `npm run docs:config`").toBe(true);
  });
});
