import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./lib/pdf/chromium-args";

// Run by scripts/test.ts, which provides the database, the secret and a free port.
const port = Number(process.env.PORT ?? 3100);
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // A test passes the first time or fails: a retry would hide a race (scripts/test-allowances.ts).
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    // Debian's Chromium where there is one; otherwise Playwright's own (`npx playwright install chromium`).
    launchOptions: existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: CHROMIUM_ARGS,
        }
      : {},
  },
  projects: [
    // Each demo account signs in once (a one-time code works once); the tests reuse its session.
    { name: "sign-in", testMatch: /\.setup\.ts$/ },
    { name: "chromium", dependencies: ["sign-in"] },
  ],
  webServer: {
    command: `node_modules/.bin/next start --port ${port}`,
    url: `http://localhost:${port}/login`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
