import pg from "pg";
import { isDatabaseUnavailable } from "./database-unavailable";
import { env } from "./env";

/**
 * Whether PostgreSQL is there, asked by proxy.ts before every request, so that while it is down
 * every page and API answer is a prompt 503 rather than an error deep in a render.
 *
 * One idle connection of this server watches it: PostgreSQL closes it when it shuts down, restarts
 * or crashes, and the socket's end tells at once, at no cost per request. Without it (or after a
 * query failed for want of the database), the next request connects anew: that answers within
 * milliseconds either way, and a failure is trusted for a second before trying again, so an outage
 * costs the database no storm of connection attempts. Nothing needs restarting when it is back:
 * the first request after that reconnects, and the pools open new connections as they need them.
 */

/** How long a failed attempt stands before the next request tries again. */
const RETRY_MS = 1_000;
/** A server that does not answer at all (a network gone) is unavailable after this long. */
export const CONNECT_TIMEOUT_MS = 3_000;

type Health = { watch?: pg.Client; attempt?: Promise<boolean>; failedAt: number };

// The proxy and the route handlers are bundled apart: they share the watch through the process.
const shared = globalThis as unknown as { databaseHealth?: Health };
const health = (shared.databaseHealth ??= { failedAt: 0 });

async function connectWatch(): Promise<boolean> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: "registry-health-watch" });
  const lost = () => {
    if (health.watch === client) health.watch = undefined;
  };
  client.on("error", lost);
  client.on("end", lost);
  try {
    await client.connect();
    await client.query("SELECT 1");
    health.watch = client;
    return true;
  } catch {
    health.failedAt = Date.now();
    client.end().catch(() => {});
    return false;
  }
}

export async function databaseReachable(): Promise<boolean> {
  if (health.watch) return true;
  if (health.attempt) return health.attempt;
  if (Date.now() - health.failedAt < RETRY_MS) return false;
  health.attempt = connectWatch().finally(() => {
    health.attempt = undefined;
  });
  return health.attempt;
}

/** A query failed for want of the database: the next request looks again instead of trusting the watch. */
export function noteDatabaseFailure(error: unknown): void {
  if (!isDatabaseUnavailable(error)) return;
  const watch = health.watch;
  health.watch = undefined;
  watch?.end().catch(() => {});
}
