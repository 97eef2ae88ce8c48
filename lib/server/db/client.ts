/**
 * The one Prisma client of a process, over node-postgres (`@prisma/adapter-pg`).
 * Kept on globalThis so Next's dev-mode module reloads do not open new pools.
 */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { config, requireSettings } from "../config/config";
import { PrismaClient } from "./generated/client";

export type Database = InstanceType<typeof PrismaClient>;
/** The client or an interactive transaction, for use cases that may run inside one. */
export type DatabaseTransaction = Omit<Database, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { dumbassetsDb?: Database };

function createClient(): Database {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = requireSettings(config(), ["DATABASE_URL"], { DATABASE_URL: "a postgresql:// URL" });
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE }) });
}

export function db(): Database {
  globalForDb.dumbassetsDb ??= createClient();
  return globalForDb.dumbassetsDb;
}

export async function disconnectDatabase(): Promise<void> {
  const client = globalForDb.dumbassetsDb;
  globalForDb.dumbassetsDb = undefined;
  await client?.$disconnect();
}

export { Prisma } from "./generated/client";
export type * from "./generated/client";
