import { createHash } from "node:crypto";

/**
 * How a random secret the server hands out is kept: only its SHA-256 digest, so a copy of the
 * table opens nothing. A fast hash is enough for secrets of 80 random bits or more (API tokens,
 * portal session cookies, recovery codes); what people choose or can guess (passwords, access
 * codes) is hashed with argon2 instead (password.ts).
 */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
