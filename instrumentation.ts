import type { Instrumentation } from "next";

/** Runs once when a server starts: the import worker lives in the app's own Node process. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ stampSocketAddresses }, { startImportWorker }] = await Promise.all([import("./lib/socket-address"), import("./lib/data/import-worker")]);
    stampSocketAddresses();
    startImportWorker();
  }
}

/**
 * Every failure Next catches, logged with the request id and the digest the error page shows the
 * person, so that support can find the one from the other.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ log }, { noteDatabaseFailure }] = await Promise.all([import("./lib/log"), import("./lib/database-health")]);
  noteDatabaseFailure(error);
  const requestId = request.headers["x-request-id"];
  log("error", "request failed", {
    error,
    digest: (error as { digest?: string }).digest,
    requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    method: request.method,
    path: request.path,
    route: context.routePath,
    routeType: context.routeType,
  });
};
