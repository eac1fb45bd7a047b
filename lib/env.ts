import { z } from "zod";
import { DEVELOPMENT_AUTH_SECRET } from "./auth/development-secret";

// The only reader of process.env. `next build` evaluates route modules without a database,
// so DATABASE_URL is enforced at run time only.
const building = process.env.NEXT_PHASE === "phase-production-build";
const production = process.env.NODE_ENV === "production";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: building ? z.string().optional() : z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  /** A streaming replica of DATABASE_URL for the reads that tolerate its lag (reports, worker lists); unset: the primary. */
  DATABASE_REPLICA_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
  NEXTAUTH_SECRET: production && !building
    ? z.string().min(32, "must be at least 32 characters in production")
    : z.string().default(DEVELOPMENT_AUTH_SECRET),
  /**
   * The app's public address (https://registry.example.gov.kh): the one printed on slips and used
   * in links, never taken from a request header. Required in production; served over HTTPS, the
   * session cookie is `__Host-` and every cookie is Secure.
   */
  NEXTAUTH_URL: production && !building ? z.url() : z.url().optional(),
  /**
   * Proxies in front of the app whose X-Forwarded-For is trusted. 0: the client's address is the
   * connection's, forwarded headers are ignored; N: the Nth address from the right of X-Forwarded-For.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Where the demo seed is allowed: never when APP_ENV is production. */
  APP_ENV: z.enum(["development", "test", "production"]).default(production ? "production" : "development"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** The largest import file accepted, in MiB: the national register as CSV is about 210. */
  IMPORT_MAX_MB: z.coerce.number().int().positive().default(300),
  /** `off` keeps this server from running import jobs (another one does). */
  IMPORT_WORKER: z.enum(["on", "off"]).default("on"),
  /**
   * How long an import job stays with a worker that stops renewing it (its server was killed or lost
   * the database) before another takes it over, in seconds. Shorter resumes sooner; it must stay
   * well above a batch's time, or a slow batch loses its job to another worker and is redone.
   */
  IMPORT_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  /** The Chromium that renders the printable documents to PDF (Debian's package by default). */
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
});

const parsed = EnvSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data as z.infer<typeof EnvSchema> & { DATABASE_URL: string };
