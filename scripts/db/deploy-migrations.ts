/**
 * `npm run db:migrate:deploy`: applies prisma/migrations to the database at DATABASE_URL,
 * recording them in `_prisma_migrations` as `prisma migrate deploy` would.
 */
import path from "node:path";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "../../lib/server/db/apply-migrations";

function describeTarget(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.pathname.slice(1) || "(default database)"} on ${url.host || "localhost"}`;
  } catch {
    return "DATABASE_URL";
  }
}

async function main(): Promise<number> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("DATABASE_URL is not set: set it to the PostgreSQL database to migrate.");
    return 1;
  }
  const target = describeTarget(connectionString);
  try {
    const { applied } = await applyMigrations(connectionString, {
      log: (line) => console.log(line),
    });
    console.log(
      applied.length === 0
        ? `No pending migrations in ${path.relative(process.cwd(), DEFAULT_MIGRATIONS_DIR)}: ${target} is up to date.`
        : `Applied ${applied.length} migration(s) to ${target}.`,
    );
    return 0;
  } catch (error) {
    console.error(`Migrating ${target} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exit(await main());
