/**
 * Whether an error means PostgreSQL could not be reached or dropped the connection (it is down,
 * restarting or full), as opposed to a query of ours that failed. Such an error is the server's
 * state, not a bug: the person is told the service is unavailable for a while (503), and the app
 * carries on by itself once the database is back.
 */

/** Socket failures reaching the server (node's codes). */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
/**
 * SQLSTATEs: 08xxx connection exceptions; 57P01 admin shutdown, 57P02 crash shutdown, 57P03
 * cannot connect now (starting or shutting down); 53300 too many connections.
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
/** What Prisma's driver adapter calls them, and Prisma's own codes for them. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
/** node-postgres says these in words only, without a code. */
const PG_MESSAGES = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed and is not queryable)/;

type Described = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; errors?: unknown; meta?: { driverAdapterError?: unknown } };

function says(error: Described): boolean {
  const code = typeof error.code === "string" ? error.code : typeof error.originalCode === "string" ? error.originalCode : undefined;
  if (code && (SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code) || PRISMA_CODES.has(code))) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  return typeof error.message === "string" && PG_MESSAGES.test(error.message);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  // The driver's error travels wrapped: Prisma's error (its meta) → the adapter's → pg's; or an AggregateError of attempts.
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length) {
    const current = pending.pop();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const described = current as Described;
    if (says(described)) return true;
    pending.push(described.cause, described.meta?.driverAdapterError);
    if (Array.isArray(described.errors)) pending.push(...described.errors);
  }
  return false;
}
