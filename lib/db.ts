import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { CONNECT_TIMEOUT_MS, noteDatabaseFailure } from "./database-health";
import { env } from "./env";

export { Prisma } from "./generated/prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; replica?: PrismaClient };

/** node-postgres's pool: at most this many connections, opened as needed. */
export const POOL_SIZE = 10;
/**
 * How long a query may wait for a connection. node-postgres counts the wait for a turn in a busy
 * pool in this too, so it must outlast a queue under load: at CONNECT_TIMEOUT_MS (3 s), 64 users at
 * once on 2 cores waited longer, and were answered 503 as if the database were down. A database
 * that does not answer is still noticed within CONNECT_TIMEOUT_MS by the health watch
 * (lib/database-health.ts), which is what turns new requests away with a prompt 503.
 */
export const POOL_WAIT_MS = Math.max(CONNECT_TIMEOUT_MS, 15_000);

const connect = (connectionString: string) =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: POOL_SIZE, connectionTimeoutMillis: POOL_WAIT_MS }, { onPoolError: noteDatabaseFailure, onConnectionError: noteDatabaseFailure }),
  });

/** The primary: every write, and every read that must see the latest write (sessions, authorization, a record just saved). */
// One client per process; dev's hot reload would otherwise open a new pool on every edit.
// A connection lost while idle or in a transaction tells the health watch (lib/database-health.ts)
// to look again; the pool itself drops it and opens new ones once PostgreSQL is back.
export const db = globalForPrisma.prisma ?? connect(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

/**
 * A streaming replica when DATABASE_REPLICA_URL is set, otherwise the primary itself; reached only
 * through `readerFor`. Not Prisma's read-replicas extension: it sends every model read outside a
 * transaction to the replica, and here the default must be the primary (docs/deployment.md).
 */
const replica = env.DATABASE_REPLICA_URL ? (globalForPrisma.replica ?? connect(env.DATABASE_REPLICA_URL)) : db;
if (env.NODE_ENV !== "production" && replica !== db) globalForPrisma.replica = replica;

/**
 * What an answer needs of its data. `afterOwnWrite`: it shows the reader's own change just made
 * (the list after a transfer). `forCorrection`: it carries the versions a correction sends back,
 * where a stale one would be a false conflict (the quotas beside their forms).
 */
export type ReadNeed = { afterOwnWrite?: boolean; forCorrection?: boolean };

/**
 * The one rule for where a read goes. An answer that may trail the primary by the replication lag
 * (a report, statistics, a list) reads the replica; one that must be the latest reads the primary.
 * Every part of one answer is read through the one client this returns, so its figures agree.
 * Reads that decide a change (sessions, permissions, a record being edited) use `db` itself.
 */
export function readerFor({ afterOwnWrite = false, forCorrection = false }: ReadNeed = {}): Reader {
  return afterOwnWrite || forCorrection ? db : replica;
}

/** A client reads go through: the primary or the replica, as `readerFor` chose. */
export type Reader = typeof db;

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
