/**
 * `npm run dev`: with DATABASE_URL, use that server; without it, start an embedded PostgreSQL whose
 * data lives in .data/ (kept between runs). Then apply migrations, load reference and demo data,
 * and serve the app with `next dev` on http://localhost:3000 (PORT to change it).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { applyMigrations } from "./migrations";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-db";
import { seed } from "../prisma/seed";
import { DEVELOPMENT_AUTH_SECRET } from "../lib/auth/development-secret";

const root = path.resolve(import.meta.dirname, "..");

async function main() {
  let embedded: RunningDatabase | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(root, ".data/pg"), port: 54329, persistent: true });
    url = embedded.url;
    console.log(`embedded PostgreSQL on 127.0.0.1:54329 (data in .data/pg)`);
  }
  const applied = await applyMigrations(url);
  console.log(applied.length ? `migrations applied: ${applied.join(", ")}` : "database schema is up to date");
  // The secret `next dev` will run with (lib/env's default unless one is given).
  await seed(url, { demo: process.env.APP_ENV !== "production", authSecret: process.env.NEXTAUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET });

  const port = process.env.PORT ?? "3000";
  const next = spawn(path.join(root, "node_modules/.bin/next"), ["dev", "--port", port], {
    stdio: "inherit",
    env: { NEXTAUTH_URL: `http://localhost:${port}`, ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const shutdown = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
