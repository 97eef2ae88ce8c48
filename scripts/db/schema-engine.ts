/**
 * Prisma's schema engine, run from its WebAssembly build over a `pg` pool, for the
 * commands in scripts/db and the schema drift test. Prisma's CLI would need a native
 * engine downloaded from a host these machines cannot reach (docs/architecture.md, "Toolchain").
 *
 * Only the engine's `diff` is used, always against the one database it is given: no
 * shadow database is ever created (create-migration.ts applies prisma/migrations to a
 * scratch database and diffs that instead).
 *
 * Node-only; never bundled into the app.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DiffTarget, SchemaContainer, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export const DEFAULT_SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

// ---------------------------------------------------------------------------------
// Loading the WebAssembly module (once per process)
// ---------------------------------------------------------------------------------

/** Timers the engine started; unref'd so they never hold the process open, cleared on dispose. */
const engineTimers = new Set<NodeJS.Timeout>();

/** Where the generated glue code records a Rust panic's message before the wasm traps. */
class PanicRegistry {
  private message = "";
  get(): string {
    return this.message;
  }
  set_message(message: string): void {
    this.message = message;
  }
}

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

let wasmLoaded: Promise<void> | undefined;

/**
 * Instantiates schema_engine_bg.wasm. The package's entry point does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot, so this does
 * by hand what that entry point does: instantiate with the glue module's exports as the
 * imports, hand the instance to the glue, run the start function.
 */
function loadWasm(): Promise<void> {
  wasmLoaded ??= (async () => {
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry();
    const require = createRequire(import.meta.url);
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm"));

    const imports: Record<string, unknown> = { ...bindings };
    for (const name of Object.keys(imports)) {
      if (name.startsWith("__wbg_setTimeout_")) imports[name] = engineSetTimeout;
    }
    const { instance } = await WebAssembly.instantiate(bytes, {
      // The glue exports are plain functions; the cast only satisfies WebAssembly.ModuleImports.
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    // Untyped wasm export: wasm-bindgen's start function takes no arguments.
    (instance.exports.__wbindgen_start as () => void)();
  })();
  wasmLoaded.catch(() => {
    wasmLoaded = undefined;
  });
  return wasmLoaded;
}

function engineSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    engineTimers.delete(timer);
    callback();
  }, ms >>> 0);
  timer.unref();
  engineTimers.add(timer);
  return timer;
}

// ---------------------------------------------------------------------------------
// The database connection
// ---------------------------------------------------------------------------------

/** PostgreSQL's internal single-byte `"char"` type (pg_class.relkind, pg_constraint.contype, ...). */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function charColumnsAsText<T>(results: T): T {
  const list = (Array.isArray(results) ? results : [results]) as (pg.QueryResult | undefined)[];
  for (const result of list) {
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return results;
}

/**
 * @prisma/adapter-pg refuses result columns of type `"char"` ("Column type 'char' could
 * not be deserialized"), which the engine reads from pg_catalog. pg's text parser for that
 * type already yields a string, so these clients just report such columns as `text`.
 * Both call styles are covered: pg.Pool#query passes a callback, transactions use promises.
 */
class CharAsTextClient extends pg.Client {
  // pg's query() has a dozen overloads; this one override forwards all of them unchanged.
  override query(...args: unknown[]): never {
    const isSubmittable = typeof (args[0] as { submit?: unknown } | null)?.submit === "function";
    const callbackIndex = args.findIndex((arg) => typeof arg === "function");
    if (!isSubmittable && callbackIndex > 0) {
      const callback = args[callbackIndex] as (error: Error | null, results?: unknown) => void;
      args[callbackIndex] = (error: Error | null, results?: unknown) => callback(error, charColumnsAsText(results));
    }
    const returned = (super.query as (...queryArgs: unknown[]) => unknown)(...args);
    return (returned instanceof Promise ? returned.then(charColumnsAsText) : returned) as never;
  }
}

// ---------------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------------

export interface SchemaEngineSession {
  /**
   * The SQL script (Prisma's migration format) that takes the connected database to the
   * schema at `schemaPath`. Empty, or only comments, when they already match.
   */
  diffDatabaseToSchema(schemaPath?: string): Promise<string>;
  /** The SQL script that creates the schema at `schemaPath` from nothing. */
  diffEmptyToSchema(schemaPath?: string): Promise<string>;
  /** Frees the engine and closes its connections. Safe to call twice. */
  dispose(): Promise<void>;
}

const NO_FILTER = { externalTables: [], externalEnums: [] };
const openSessions = new Set<SchemaEngineSession>();

async function readSchemaFile(schemaPath: string): Promise<SchemaContainer> {
  const absolute = path.resolve(schemaPath);
  return { path: absolute, content: await readFile(absolute, "utf8") };
}

/**
 * Starts an engine connected to `connectionString` (the engine connects at once, so the
 * server must be reachable even for `diffEmptyToSchema`), validating `schemaPath`.
 */
export async function openSchemaEngine(
  connectionString: string,
  schemaPath: string = DEFAULT_SCHEMA_PATH,
  options: { debug?: (message: string) => void } = {},
): Promise<SchemaEngineSession> {
  await loadWasm();
  const schema = await readSchemaFile(schemaPath);

  const pool = new pg.Pool({ connectionString, Client: CharAsTextClient, max: 2 });
  pool.on("error", () => undefined); // an idle client lost its server; the next query reports it
  const prismaPg = new PrismaPg(pool);
  const adapter = bindMigrationAwareSqlAdapterFactory({
    provider: prismaPg.provider,
    adapterName: prismaPg.adapterName,
    connect: () => prismaPg.connect(),
    // adapter-pg's shadow database would be created on this server and then queried
    // through a connection to the main database; nothing here needs one anyway.
    connectToShadowDb: () => Promise.reject(new Error("scripts/db/schema-engine.ts does not use shadow databases")),
  });

  let engine: SchemaEngine;
  try {
    // The engine validates the datamodels at startup and panics on an empty list.
    engine = await bindings.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, options.debug ?? (() => undefined), adapter);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw engineError(error, adapter.errorRegistry);
  }

  async function diff(from: DiffTarget, targetPath: string): Promise<string> {
    const target = await readSchemaFile(targetPath);
    try {
      const result = await engine.diff({
        from,
        to: { tag: "schemaDatamodel", files: [target] },
        script: true,
        exitCode: null,
        filters: NO_FILTER,
      });
      return result.stdout ?? "";
    } catch (error) {
      throw engineError(error, adapter.errorRegistry);
    }
  }

  let disposed: Promise<void> | undefined;
  const session: SchemaEngineSession = {
    async diffDatabaseToSchema(targetPath = schemaPath) {
      // "url" targets are refused by the wasm engine; a "schemaDatasource" means the
      // database of the adapter it was started with.
      const datasource = await readSchemaFile(targetPath);
      return diff({ tag: "schemaDatasource", files: [datasource], configDir: path.dirname(datasource.path) }, targetPath);
    },
    diffEmptyToSchema: (targetPath = schemaPath) => diff({ tag: "empty" }, targetPath),
    dispose() {
      disposed ??= (async () => {
        openSessions.delete(session);
        engine.free();
        if (openSessions.size === 0) {
          for (const timer of engineTimers) clearTimeout(timer);
          engineTimers.clear();
        }
        await pool.end();
      })();
      return disposed;
    },
  };
  openSessions.add(session);
  return session;
}

/** Disposes every engine this module started that is still open. */
export async function dispose(): Promise<void> {
  await Promise.all([...openSessions].map((session) => session.dispose()));
}

/** One-off `SchemaEngineSession#diffDatabaseToSchema`: starts an engine and disposes it. */
export async function diffDatabaseToSchema(connectionString: string, schemaPath = DEFAULT_SCHEMA_PATH): Promise<string> {
  const session = await openSchemaEngine(connectionString, schemaPath);
  try {
    return await session.diffDatabaseToSchema(schemaPath);
  } finally {
    await session.dispose();
  }
}

/**
 * One-off `SchemaEngineSession#diffEmptyToSchema`. The engine still needs a server to
 * start (it is only read from): `connectionString`, else DATABASE_URL.
 */
export async function diffEmptyToSchema(schemaPath = DEFAULT_SCHEMA_PATH, connectionString = process.env.DATABASE_URL): Promise<string> {
  if (!connectionString) throw new Error("diffEmptyToSchema needs a PostgreSQL server: set DATABASE_URL");
  const session = await openSchemaEngine(connectionString, schemaPath);
  try {
    return await session.diffEmptyToSchema(schemaPath);
  } finally {
    await session.dispose();
  }
}

/** The statements of a diff script with its comments and blank lines removed. */
export function stripSqlComments(sql: string): string {
  return sql
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("--"))
    .join("\n");
}

/** True when a diff script has no statements. */
export function isEmptyDiff(sql: string): boolean {
  return stripSqlComments(sql).trim() === "";
}

/**
 * Errors from the engine: panics trap the wasm with the message left in the panic
 * registry; database errors arrive as "External error id#N" with the original error
 * kept in the adapter's registry.
 */
function engineError(error: unknown, registry: ErrorRegistry): Error {
  if (error instanceof WebAssembly.RuntimeError) {
    const message = globalThis.PRISMA_WASM_PANIC_REGISTRY?.get() || error.message;
    return new Error(`Prisma schema engine panicked: ${message}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  const external = /External error id#(\d+)/.exec(message);
  const original = external ? registry.consumeError(Number(external[1]))?.error : undefined;
  if (original !== undefined) {
    return new Error(`Prisma schema engine: ${describe(original)}`, { cause: original });
  }
  return error instanceof Error ? error : new Error(message);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object") {
    const record = error as { message?: unknown; originalMessage?: unknown; kind?: unknown };
    const text = record.originalMessage ?? record.message ?? record.kind;
    if (text !== undefined) return String(text);
    return JSON.stringify(error);
  }
  return String(error);
}
