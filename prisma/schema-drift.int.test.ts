/**
 * Fails when prisma/migrations no longer produce the database prisma/schema.prisma
 * describes, i.e. when someone edited the schema without `npm run db:migrate:create`.
 * The integration harness has already applied every migration to DATABASE_URL; Prisma's
 * schema engine diffs that database against the schema.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSchemaEngine, stripSqlComments, type SchemaEngineSession } from "@/scripts/db/schema-engine";

const schemaPath = fileURLToPath(new URL("./schema.prisma", import.meta.url));

describe("prisma/migrations", () => {
  let engine: SchemaEngineSession;

  beforeAll(async () => {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error("DATABASE_URL is not set: run this through the integration project");
    engine = await openSchemaEngine(databaseUrl, schemaPath);
  });

  afterAll(async () => {
    await engine?.dispose();
  });

  it("build exactly the database prisma/schema.prisma describes", async () => {
    const sql = await engine.diffDatabaseToSchema(schemaPath);
    const statements = stripSqlComments(sql).trim();
    expect(
      statements,
      [
        "prisma/schema.prisma differs from the database prisma/migrations create.",
        "Create the missing migration with `npm run db:migrate:create -- <name>`. It would contain:",
        "",
        sql.trim(),
        "",
      ].join("\n"),
    ).toBe("");
  });

  it("would notice a schema change (the check above is not vacuous)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "schema-drift-"));
    try {
      const changed = path.join(dir, "schema.prisma");
      const schema = await readFile(schemaPath, "utf8");
      await writeFile(changed, `${schema}\nmodel DriftProbe {\n  id Int @id\n}\n`);
      const sql = await engine.diffDatabaseToSchema(changed);
      expect(sql).toContain('CREATE TABLE "DriftProbe"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
