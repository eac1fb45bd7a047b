/**
 * Throwaway PostgreSQL clusters of a test's own, from the machine's PostgreSQL binaries, for what
 * a shared server cannot be asked to do: stream to a replica, pause its replay. Each lives in a
 * temporary folder and is removed by `stop()`. It listens on no TCP port, only on a Unix socket in
 * that folder: a free port chosen before the server binds it can be taken by another process in
 * between (one such clean run failed in this setup), while the folder is the cluster's alone.
 * PostgreSQL refuses to run as root, so as root every command runs as the `postgres` system user,
 * who owns the folder.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { appendFile, chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const exec = promisify(execFile);
const asRoot = process.getuid?.() === 0;

export type PrivateCluster = {
  url: string;
  /** The folder of the cluster's socket (libpq's and pg's `host`). */
  socketFolder: string;
  /** The first column of the first row of a query. */
  value: <T>(sql: string, params?: unknown[]) => Promise<T>;
  stop: () => Promise<void>;
};

/** The newest PostgreSQL installed by the system's packages (Debian: /usr/lib/postgresql/<major>/bin). */
function binDir(): string {
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root) ? readdirSync(root).filter((name) => existsSync(path.join(root, name, "bin", "pg_basebackup"))) : [];
  if (!majors.length) throw new Error(`no PostgreSQL server binaries under ${root} (apt-get install postgresql)`);
  return path.join(root, majors.sort((a, b) => Number(b) - Number(a))[0], "bin");
}

async function pgCommand(name: string, args: string[]) {
  const command = path.join(binDir(), name);
  return asRoot ? exec("runuser", ["-u", "postgres", "--", command, ...args]) : exec(command, args);
}

/** A temporary folder the server's user owns: its data folder, socket and log live in it. */
async function clusterFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "registry-pg-"));
  if (asRoot) {
    const { stdout } = await exec("id", ["-u", "postgres"]);
    const { stdout: group } = await exec("id", ["-g", "postgres"]);
    await chown(folder, Number(stdout), Number(group));
  }
  return folder;
}

async function start(folder: string): Promise<PrivateCluster> {
  const data = path.join(folder, "data");
  await pgCommand("pg_ctl", ["-D", data, "-l", path.join(folder, "server.log"), "-o", `-c listen_addresses='' -k ${folder}`, "-w", "-t", "60", "start"]);
  // The host in the query names the socket's folder (pg and libpq); `localhost` only keeps the URL valid.
  const url = `postgresql://postgres@localhost/registry?host=${encodeURIComponent(folder)}`;
  const value = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query({ text: sql, values: params, rowMode: "array" });
      return rows[0]?.[0] as T;
    } finally {
      await client.end();
    }
  };
  const stop = async () => {
    // Immediate: nothing in a throwaway cluster is worth a checkpoint.
    await pgCommand("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
    await rm(folder, { recursive: true, force: true });
  };
  return { url, socketFolder: folder, value, stop };
}

/** A new cluster that accepts replication connections on its socket, with an empty database `registry`. */
export async function startPrivatePrimary(): Promise<PrivateCluster> {
  const folder = await clusterFolder();
  const data = path.join(folder, "data");
  await pgCommand("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  await appendFile(
    path.join(data, "postgresql.conf"),
    [
      "wal_level = replica",
      "max_wal_senders = 4",
      // A test cluster: losing it in a crash costs nothing, waiting for the disk costs time.
      "fsync = off",
      "synchronous_commit = off",
      "full_page_writes = off",
      "",
    ].join("\n"),
  );
  await writeFile(
    path.join(data, "pg_hba.conf"),
    ["local all all trust", "local replication all trust", ""].join("\n"),
  );
  const cluster = await start(folder);
  const admin = new pg.Client({ host: cluster.socketFolder, user: "postgres", database: "postgres" });
  await admin.connect();
  await admin.query("CREATE DATABASE registry").finally(() => admin.end());
  return cluster;
}

/**
 * A hot standby of `primary` (pg_basebackup -R), streaming from it; resolves once the primary
 * reports the stream as `streaming`.
 */
export async function startStreamingStandby(primary: PrivateCluster): Promise<PrivateCluster> {
  const folder = await clusterFolder();
  const data = path.join(folder, "data");
  await pgCommand("pg_basebackup", ["-h", primary.socketFolder, "-U", "postgres", "-D", data, "-R", "-X", "stream", "-c", "fast", "--no-sync"]);
  const standby = await start(folder);
  for (const deadline = Date.now() + 30_000; ; ) {
    if ((await primary.value<number>("SELECT count(*)::int FROM pg_stat_replication WHERE state = 'streaming'")) > 0) return standby;
    if (Date.now() > deadline) {
      await standby.stop();
      throw new Error("the standby did not start streaming within 30 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
