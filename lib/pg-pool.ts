import "server-only";
import pg from "pg";
import { CONNECT_TIMEOUT_MS, noteDatabaseFailure } from "./database-health";
import { env } from "./env";

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

/**
 * Plain pg connections for what Prisma cannot do: COPY, and the session of an import job, whose
 * staging tables are temporary and so live as long as its one connection.
 */
export const pgPool = globalForPool.pgPool ?? newPool();
if (env.NODE_ENV !== "production") globalForPool.pgPool = pgPool;

function newPool() {
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle connection that PostgreSQL closes (shutdown, restart) is reported here; without a
  // listener that report would be an uncaught error and take the whole server down.
  pool.on("error", noteDatabaseFailure);
  return pool;
}
