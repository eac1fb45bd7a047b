import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { CONNECT_TIMEOUT_MS, noteDatabaseFailure } from "./database-health";
import { env } from "./env";

export { Prisma } from "./generated/prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// One client per process; dev's hot reload would otherwise open a new pool on every edit.
// A connection lost while idle or in a transaction tells the health watch (lib/database-health.ts)
// to look again; the pool itself drops it and opens new ones once PostgreSQL is back.
export const db =
  globalForPrisma.prisma ??
  new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: env.DATABASE_URL, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
      { onPoolError: noteDatabaseFailure, onConnectionError: noteDatabaseFailure },
    ),
  });
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
