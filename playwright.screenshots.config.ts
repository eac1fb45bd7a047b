import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/** `npm run screenshots` (scripts/screenshots.ts): the README's pictures, not a test of the suite. */
export default defineConfig({
  ...base,
  testDir: ".",
  reporter: "list",
  projects: [
    { name: "sign-in", testDir: "e2e", testMatch: /\.setup\.ts$/ },
    { name: "screenshots", testDir: "scripts/screenshots", testMatch: /\.shots\.ts$/, dependencies: ["sign-in"] },
  ],
});
