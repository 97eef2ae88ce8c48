/**
 * Vitest global setup for the integration project: one database server, one
 * migrated template; each test file then clones its own database from it
 * (tests/support/per-file-database.ts), so files run in parallel without sharing rows.
 */
import type { TestProject } from "vitest/node";
import { createMigratedTemplate, dropDatabase, startTestDatabaseServer } from "./test-database-server";

export default async function setup(project: TestProject) {
  const server = await startTestDatabaseServer();
  const template = await createMigratedTemplate(server.adminUrl, `da_template_${process.pid}`);
  project.provide("testAdminDatabaseUrl", server.adminUrl);
  project.provide("testTemplateDatabase", template);

  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testAdminDatabaseUrl: string;
    testTemplateDatabase: string;
  }
}
