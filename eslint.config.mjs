import boundaries from "eslint-plugin-boundaries";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The boundaries of ARCHITECTURE.md, checked on every import (npm run lint, CI):
 * - pages, actions, routes (app/) and components never reach the database client;
 * - components take data as props: from the data layer they import types only;
 * - the data layer knows no route, no HTTP and no UI;
 * - the schemas, shared by forms in the browser and by the server, import nothing server-only.
 * Tests, scripts and the benchmark are outside these rules.
 */
const elements = [
  { type: "app", pattern: "app" },
  { type: "components", pattern: "components" },
  { type: "data", pattern: "lib/data" },
  { type: "api", pattern: "lib/api" },
  { type: "schemas", pattern: "lib/schemas" },
];

/** Files by what they are, wherever they lie: the database client, and what runs only on the server. */
const files = [
  { category: "database", pattern: ["lib/db.ts", "lib/pg-pool.ts", "lib/generated/**"] },
  { category: "server-only", pattern: ["lib/db.ts", "lib/pg-pool.ts", "lib/env.ts", "lib/log.ts", "lib/auth/**", "lib/pdf/**", "lib/imports/**", "lib/documents/**", "lib/data/**", "lib/api/**"] },
];

const dependencies = [
  "error",
  {
    default: "allow",
    // Packages (pg, @prisma/client, server-only) are dependencies too.
    checkAllOrigins: true,
    policies: [
      {
        from: { element: { types: { anyOf: ["app", "components"] } } },
        disallow: { to: [{ file: { categories: "database" } }, { module: { source: "@prisma/client" } }, { module: { source: "pg" } }] },
        message: "app/ and components/ reach the database only through lib/data",
      },
      {
        from: { element: { type: "components" } },
        disallow: { to: { element: { type: "data" } }, dependency: { kind: "value" } },
        message: "components/ take data as props: import only types from lib/data",
      },
      {
        from: { element: { type: "data" } },
        disallow: { to: { element: { types: { anyOf: ["app", "components", "api"] } } } },
        message: "lib/data knows no route, no HTTP and no UI",
      },
      {
        from: { element: { type: "schemas" } },
        disallow: { to: [{ element: { types: { anyOf: ["app", "components"] } } }, { file: { categories: "server-only" } }, { module: { source: "server-only" } }] },
        message: "lib/schemas are shared with the browser: they import nothing server-only",
      },
    ],
  },
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "lib/test/**"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": elements,
      "boundaries/files": files,
      "import/resolver": { typescript: { alwaysTryTypes: true }, node: true },
    },
    rules: { "boundaries/dependencies": dependencies },
  },
  {
    ignores: [".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
