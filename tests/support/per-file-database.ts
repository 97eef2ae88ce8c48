/**
 * Runs before each integration test file: clones the migrated template into a
 * database of the file's own and points DATABASE_URL at it, before any app module
 * opens a connection. The database is dropped when the file finishes.
 */
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { cloneDatabase, dropDatabase } from "./test-database-server";

const adminUrl = inject("testAdminDatabaseUrl");
const template = inject("testTemplateDatabase");
const name = `da_test_${randomBytes(6).toString("hex")}`;

process.env.DATABASE_URL = await cloneDatabase(adminUrl, template, name);
process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
process.env.DATA_DIR ??= `${process.env.TMPDIR ?? "/tmp"}/dumbassets-test-data-${name}`;

afterAll(async () => {
  const { disconnectDatabase } = await import("@/lib/server/db/client");
  await disconnectDatabase();
  await dropDatabase(adminUrl, name);
});
