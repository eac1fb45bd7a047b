/**
 * Vitest's global setup: DATABASE_URL names the migrated and seeded test database, which becomes
 * the template of each test file's own database (scripts/test-databases.ts). Without it, only
 * the tests that need no database can run.
 */
import type { TestProject } from "vitest/node";
import { dropTemplateClones } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string | undefined;
  }
}

export default async function setup(project: TestProject) {
  const template = process.env.DATABASE_URL;
  project.provide("templateDatabaseUrl", template);
  if (!template) return;
  await dropTemplateClones(template);
  return () => dropTemplateClones(template);
}
