/**
 * PostgreSQL's own client programs (pg_dump, pg_restore) for a given server. pg_dump refuses a
 * server newer than itself, and a dump is best read back by the same major: so the programs of
 * the server's major are taken first, else the nearest newer ones, never older ones.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

export type PostgresTool = "pg_dump" | "pg_restore";

/** Where distributions install each major's programs side by side (Debian, RHEL, Homebrew). */
const VERSIONED_ROOTS: { root: string; bin: (entry: string) => string }[] = [
  { root: "/usr/lib/postgresql", bin: (entry) => path.join("/usr/lib/postgresql", entry, "bin") },
  { root: "/usr", bin: (entry) => (entry.startsWith("pgsql-") ? path.join("/usr", entry, "bin") : "") },
  { root: "/opt/homebrew/opt", bin: (entry) => (entry.startsWith("postgresql@") ? path.join("/opt/homebrew/opt", entry, "bin") : "") },
  { root: "/usr/local/opt", bin: (entry) => (entry.startsWith("postgresql@") ? path.join("/usr/local/opt", entry, "bin") : "") },
];

/** The server's major version (15 for 15.14). */
export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

async function candidateFolders(): Promise<string[]> {
  const folders = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const { root, bin } of VERSIONED_ROOTS) {
    const entries = await readdir(root).catch(() => [] as string[]);
    folders.push(...entries.map(bin).filter(Boolean));
  }
  return [...new Set(folders)];
}

/** `pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)` → 15 */
async function toolMajor(file: string): Promise<number | null> {
  try {
    const { stdout } = await promisify(execFile)(file, ["--version"]);
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The program to use against a server of `major`, or an error that says what to install. */
export async function findPostgresTool(tool: PostgresTool, major: number): Promise<string> {
  const found: { file: string; major: number }[] = [];
  for (const folder of await candidateFolders()) {
    const file = path.join(folder, tool);
    if (!existsSync(file)) continue;
    const toolVersion = await toolMajor(file);
    if (toolVersion !== null) found.push({ file, major: toolVersion });
  }
  const usable = found.filter((candidate) => candidate.major >= major).sort((a, b) => a.major - b.major);
  if (usable.length) return usable[0].file;
  const seen = found.length ? ` Found only: ${found.map((candidate) => `${candidate.file} (${candidate.major})`).join(", ")}.` : "";
  throw new Error(
    `No ${tool} for PostgreSQL ${major} or later.${seen} Install PostgreSQL ${major}'s client programs ` +
      `(Debian: apt-get install postgresql-client-${major}) or put their folder first on PATH.`,
  );
}

/**
 * libpq reads the connection from the environment: the password then never shows in the process
 * list, and a URL parameter libpq does not know (Prisma's `schema`) cannot make it fail.
 */
function libpqEnvironment(url: string): Record<string, string> {
  const parsed = new URL(url);
  const environment: Record<string, string> = {
    PGHOST: decodeURIComponent(parsed.hostname.replace(/^\[|\]$/g, "")) || "localhost",
    PGPORT: parsed.port || "5432",
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
  };
  if (parsed.username) environment.PGUSER = decodeURIComponent(parsed.username);
  if (parsed.password) environment.PGPASSWORD = decodeURIComponent(parsed.password);
  const sslmode = parsed.searchParams.get("sslmode");
  if (sslmode) environment.PGSSLMODE = sslmode;
  return environment;
}

/** Runs a PostgreSQL program; resolves when it succeeded, else fails with what it printed. */
export function runPostgresTool(file: string, args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { env: { ...process.env, ...libpqEnvironment(url) }, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} failed: ${stderr.trim() || error.message}`));
      else resolve();
    });
  });
}
