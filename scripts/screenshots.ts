/**
 * `npm run screenshots`: the README's pictures of the main screens, from the demo data, in English
 * and Khmer. A throwaway embedded PostgreSQL with the demo data, `next build`, then Playwright
 * (playwright.screenshots.config.ts) signs in as each role and writes docs/screenshots/*.png.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { seed } from "../prisma/seed";
import { startEmbeddedPostgres } from "./embedded-db";
import { applyMigrations } from "./migrations";
import { bin, freePort, run } from "./processes";

const tempDir = await mkdtemp(path.join(os.tmpdir(), "registry-screenshots-"));
const database = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "pg"), port: await freePort(), persistent: false });
let code = 1;
try {
  await applyMigrations(database.url);
  const authSecret = randomBytes(32).toString("hex");
  await seed(database.url, { demo: true, authSecret });
  const env = { DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET: authSecret, APP_ENV: "development" };
  code = await run(bin("next"), ["build"], env);
  if (code === 0) {
    const port = String(await freePort());
    code = await run(bin("playwright"), ["test", "--config", "playwright.screenshots.config.ts"], { ...env, PORT: port, NEXTAUTH_URL: `http://localhost:${port}` });
  }
} finally {
  await database.stop().catch(() => {});
  await rm(tempDir, { recursive: true, force: true }).catch(() => {});
}
process.exit(code);
