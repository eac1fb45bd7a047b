/** Runs once when a server starts: the import worker lives in the app's own Node process. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startImportWorker } = await import("./lib/data/import-worker");
    startImportWorker();
  }
}
