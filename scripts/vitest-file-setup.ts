/** Before each test file: its own database, a clone of the template (scripts/test-databases.ts). */
import { inject } from "vitest";
import { cloneTemplateDatabase } from "./test-databases";

const template = inject("templateDatabaseUrl");
if (template) process.env.DATABASE_URL = await cloneTemplateDatabase(template);
