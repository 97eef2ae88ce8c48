/**
 * Vitest global setup for the integration project: one database server, one
 * migrated template; each test file then clones its own database from it
 * (tests/support/per-file-database.ts), so files run in parallel without sharing rows.
 */
import type { TestProject } from "vitest/node";
import { parseConfig } from "@/lib/server/config/config";
import { createMigratedTemplate, dropDatabase, startTestDatabaseServer } from "./test-database-server";

export default async function setup(project: TestProject) {
  // The whole configuration, once, before any file runs: a bad variable fails the run here, naming it.
  parseConfig(process.env);
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
