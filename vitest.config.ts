import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next, `server-only` throws on import; the data layer is meant to run here.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    // A hook that drops or restores a database waits for a checkpoint, long on a busy 2-core machine.
    hookTimeout: 60_000,
    // A focused test (`.only`) never passes for the whole suite, on a laptop or in CI.
    allowOnly: false,
    // A test passes the first time or fails: a retry would hide a race (scripts/test-allowances.ts).
    retry: 0,
    // Each test file gets a database of its own, cloned from DATABASE_URL's (scripts/test-databases.ts).
    globalSetup: ["scripts/vitest-global-setup.ts"],
    setupFiles: ["scripts/vitest-file-setup.ts"],
  },
});
