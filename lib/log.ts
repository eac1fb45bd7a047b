import "server-only";
import { env } from "./env";

const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof levels;

/** One JSON line per event on stdout, for the log collector. */
export function log(level: Level, message: string, context: Record<string, unknown> = {}): void {
  if (levels[level] < levels[env.LOG_LEVEL]) return;
  const detail = Object.fromEntries(
    Object.entries(context).map(([key, value]) => [key, value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value]),
  );
  process.stdout.write(`${JSON.stringify({ level, time: new Date().toISOString(), message, ...detail })}\n`);
}
