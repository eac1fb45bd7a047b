import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../scripts/embedded-db";
import { applyMigrations } from "../scripts/migrations";
import { bin, freePort } from "../scripts/processes";
import { seed } from "../prisma/seed";

/**
 * A database and app servers of the fault tests' own: they stop PostgreSQL and kill servers, which
 * must never touch the database or the server the other tests use.
 */

// Both servers sign sessions alike, as the servers of one deployment do; the seed seals the demo
// accounts' authenticator keys under the same secret.
const secret = process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex");

export type PrivateDatabase = { url: string; stop: () => Promise<void>; start: () => Promise<void>; remove: () => Promise<void> };

/** An embedded PostgreSQL in a temporary folder, migrated, with the reference and demo data. */
export async function startPrivateDatabase(): Promise<PrivateDatabase> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "registry-faults-"));
  // Kept on stop (persistent), so that it can be started again; removed with the folder at the end.
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(folder, "pg"), port: await freePort(), persistent: true });
  await applyMigrations(cluster.url);
  await seed(cluster.url, { demo: true, authSecret: secret });
  return {
    ...cluster,
    remove: async () => {
      await cluster.stop().catch(() => {});
      await rm(folder, { recursive: true, force: true });
    },
  };
}

export type AppServer = {
  baseURL: string;
  /** As a crash or `kill -9` would: no shutdown of any kind. */
  kill: () => Promise<void>;
  /** Starts it again on the same port with the same environment. */
  restart: () => Promise<void>;
};


/** `next start` of the build on a free port against `databaseUrl`; resolves once it answers. */
export async function startAppServer(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: baseURL,
    APP_ENV: "test",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    ...extraEnv,
  };
  let child: ChildProcess | undefined;
  const launch = async () => {
    // A process group of its own, so that a kill reaches every process `next start` runs.
    child = spawn(bin("next"), ["start", "--port", String(port)], { env, detached: true, stdio: "ignore" });
    await answering(baseURL, child);
  };
  await launch();
  return {
    baseURL,
    kill: async () => {
      const running = child;
      if (!running?.pid || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      process.kill(-running.pid, "SIGKILL");
      await exited;
    },
    restart: launch,
  };
}

async function answering(baseURL: string, child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ok = await fetch(`${baseURL}/login`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${baseURL} did not answer within a minute`);
}
