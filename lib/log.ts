import "server-only";
import pino, { type DestinationStream } from "pino";
import { env } from "./env";

type Level = "debug" | "info" | "warn" | "error";

/** What never reaches the log, wherever it sits in the first three levels of an event. */
// "code" alone is not among them: errors carry theirs (P2002, ECONNREFUSED), which the log needs.
const SECRET_KEYS = ["passportNo", "password", "passwordHash", "currentPassword", "newPassword", "accessCode", "totpCode", "totpSecret", "secondFactor", "recoveryCode", "recoveryCodes", "token", "cookie", "authorization", "secret"];
const redactPaths = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/** One JSON line per event (stdout unless given), with secrets and passport numbers redacted. */
export function createLogger(destination?: DestinationStream) {
  return pino(
    {
      level: env.LOG_LEVEL,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redactPaths, censor: "[redacted]" },
      serializers: { error: pino.stdSerializers.err },
    },
    destination,
  );
}

const logger = createLogger();

export function log(level: Level, message: string, context: Record<string, unknown> = {}): void {
  logger[level](context, message);
}
