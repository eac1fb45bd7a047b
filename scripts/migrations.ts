/**
 * Offline migrations on Prisma's WebAssembly schema engine (the CLI's `migrate` wants to download a
 * native engine, which these machines cannot reach). The files it reads and writes are Prisma's own:
 * prisma/migrations/<timestamp>_<name>/migration.sql and the `_prisma_migrations` table, so
 * `prisma migrate deploy` elsewhere sees the same history.
 *
 *   tsx scripts/migrations.ts deploy        apply pending migrations to DATABASE_URL
 *   tsx scripts/migrations.ts new <name>    write a migration from the last one's schema to schema.prisma
 *   tsx scripts/migrations.ts check         fail when schema.prisma changed without a migration
 */
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const root = path.resolve(import.meta.dirname, "..");
const migrationsDir = path.join(root, "prisma/migrations");
const schemaPath = path.join(root, "prisma/schema.prisma");
// The schema as of the newest migration: `new` diffs from it, `check` compares it with schema.prisma.
const snapshotPath = path.join(migrationsDir, "schema.snapshot.prisma");
const noFilters = { externalTables: [], externalEnums: [] };

type ScriptAdapter = {
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
  executeScript(script: string): Promise<void>;
};

/**
 * adapter-pg runs a migration script by splitting it on every `;`, which breaks function bodies
 * (the audit log's append-only trigger). PostgreSQL's simple query protocol takes the whole script.
 */
class WholeScriptPg extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    const raw = adapter as unknown as ScriptAdapter;
    raw.executeScript = (script) => raw.client.query(script).then(() => undefined, (error) => raw.onError(error));
    return adapter;
  }
}

type EngineBindings = { __wbg_set_wasm(exports: WebAssembly.Exports): void; SchemaEngine: typeof SchemaEngine };

/*
 * The engine's JavaScript glue is one module with state of its own (its cached views of the wasm
 * memory): instantiating the wasm a second time in a process left those views on the first
 * instance's memory, and the second migration then failed with "The encoded data was not valid for
 * encoding utf-8" (seen when one Playwright worker set up two private clusters). One instance per
 * process; each call gets a new engine from it.
 */
let instantiated: Promise<EngineBindings> | undefined;

function engineModule(): Promise<EngineBindings> {
  instantiated ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
    });
    const bindings = engineBindings as unknown as EngineBindings;
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return instantiated;
}

async function loadEngine(connectionString: string): Promise<SchemaEngine> {
  const bindings = await engineModule();
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg({ connectionString }));
  const schema = await readFile(schemaPath, "utf8");
  return bindings.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
}

async function migrationList() {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, dir, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

async function diffScript(engine: SchemaEngine): Promise<string> {
  const from = await readFile(snapshotPath, "utf8").then(
    (content) => ({ tag: "schemaDatamodel" as const, files: [{ path: snapshotPath, content }] }),
    () => ({ tag: "empty" as const }),
  );
  const to = { tag: "schemaDatamodel" as const, files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }] };
  let script = "";
  const original = process.stdout.write.bind(process.stdout);
  // The engine prints the script to stdout rather than returning it; capture it.
  process.stdout.write = ((chunk: string | Uint8Array) => ((script += String(chunk)), true)) as typeof process.stdout.write;
  try {
    const result = await engine.diff({ from, to, script: true, exitCode: null, filters: noFilters });
    if (result.stdout) script += result.stdout;
  } finally {
    process.stdout.write = original;
  }
  return script.includes("This is an empty migration.") ? "" : script;
}

/** The SQL that would bring the newest migration up to schema.prisma; empty when they agree. */
export async function unmigratedChanges(connectionString: string): Promise<string> {
  const engine = await loadEngine(connectionString);
  try {
    return await diffScript(engine);
  } finally {
    engine.free();
  }
}

export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await loadEngine(connectionString);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: await migrationList(), filters: noFilters });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

async function main() {
  const [command, name] = process.argv.slice(2);
  const url = process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused";
  if (command === "deploy") {
    if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
    const applied = await applyMigrations(url);
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "no pending migrations");
  } else if (command === "new" || command === "check") {
    const script = await unmigratedChanges(url);
    if (command === "check") {
      if (script) {
        console.error("prisma/schema.prisma differs from the newest migration; run `npm run db:new-migration -- <name>`:\n" + script);
        process.exit(1);
      }
      console.log("migrations match schema.prisma");
      return;
    }
    if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: new <snake_case_name>");
    if (!script) return console.log("schema.prisma has no changes: no migration written");
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), script);
    await writeFile(snapshotPath, await readFile(schemaPath, "utf8"));
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
  } else {
    throw new Error("usage: tsx scripts/migrations.ts deploy | new <name> | check");
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
