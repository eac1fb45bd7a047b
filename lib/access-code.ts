import { randomInt } from "node:crypto";
import { compactTyped } from "./mask";

/**
 * Portal access codes are typed on a phone from a printed slip: capitals and digits without the
 * look-alikes 0/O, 1/I/L, in two groups of five. 31^10 codes (about 50 bits) against a sign-in
 * that locks after a few failures.
 */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 10;
const GROUP = 5;

export function generateAccessCode(): string {
  const characters = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return formatAccessCode(characters);
}

/** As printed: ABCDE-FGHJK. */
export function formatAccessCode(code: string): string {
  const compact = normaliseAccessCode(code);
  return [compact.slice(0, GROUP), compact.slice(GROUP)].filter(Boolean).join("-");
}

/** What is hashed and compared: any case, spaces and dashes left out. */
export function normaliseAccessCode(typed: string): string {
  return compactTyped(typed);
}
