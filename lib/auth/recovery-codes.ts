import { randomInt } from "node:crypto";

/**
 * Recovery codes: one-time codes for signing in without the authenticator. Sixteen characters of
 * a 32-letter alphabet (80 random bits), kept as their SHA-256 digest (token-hash.ts), as API tokens are.
 */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // no l, o, 0 or 1: easily misread on paper
const LENGTH = 16;

/** Shown in groups of four, e.g. `k7mq-3xza-9pte-w2hd`. */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return chars.join("").replace(/(.{4})(?!$)/g, "$1-");
}

/** The code as typed, without dashes, spaces or capitals; null when it cannot be a recovery code. */
export function normaliseRecoveryCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, "").toLowerCase();
  return code.length === LENGTH && [...code].every((char) => ALPHABET.includes(char)) ? code : null;
}
