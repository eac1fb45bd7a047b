import "server-only";
import pg from "pg";
import { env } from "./env";

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

/**
 * Plain pg connections for what Prisma cannot do: COPY, and the session of an import job, whose
 * staging tables are temporary and so live as long as its one connection.
 */
export const pgPool = globalForPool.pgPool ?? new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
if (env.NODE_ENV !== "production") globalForPool.pgPool = pgPool;
