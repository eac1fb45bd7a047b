import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { CONNECT_TIMEOUT_MS, noteDatabaseFailure } from "./database-health";
import { env } from "./env";

export { Prisma } from "./generated/prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; replica?: PrismaClient };

const connect = (connectionString: string) =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }, { onPoolError: noteDatabaseFailure, onConnectionError: noteDatabaseFailure }),
  });

/** The primary: every write, and every read that must see the latest write (sessions, authorization, a record just saved). */
// One client per process; dev's hot reload would otherwise open a new pool on every edit.
// A connection lost while idle or in a transaction tells the health watch (lib/database-health.ts)
// to look again; the pool itself drops it and opens new ones once PostgreSQL is back.
export const db = globalForPrisma.prisma ?? connect(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

/**
 * Reads that may trail the primary by the replication lag: the reports and the worker list. A
 * streaming replica when DATABASE_REPLICA_URL is set, otherwise the primary itself. Not Prisma's
 * read-replicas extension: it sends every model read outside a transaction to the replica, and
 * here the default must be the primary (docs/deployment.md).
 */
export const readDb = env.DATABASE_REPLICA_URL ? (globalForPrisma.replica ?? connect(env.DATABASE_REPLICA_URL)) : db;
if (env.NODE_ENV !== "production" && readDb !== db) globalForPrisma.replica = readDb;

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
