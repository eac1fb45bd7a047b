import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * NIST SP 800-63B as OWASP ASVS asks: long enough, no composition rules, and not one of the
 * passwords attackers try first. The list ships with the app: the 20,000 most common passwords of
 * 12 characters or more in SecLists' "10 million passwords" (shorter ones fail the length rule).
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(readFileSync(path.join(process.cwd(), "lib/auth/common-passwords.txt"), "utf8").split("\n").filter(Boolean));
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

/** A password a person chooses: counted in characters as they see them, so Khmer passwords count fairly. */
export const NewPassword = z
  .string({ error: "validation.required" })
  .min(1, { message: "validation.required", abort: true })
  .refine((value) => [...value].length >= MIN_PASSWORD_LENGTH, { message: "validation.passwordTooShort", abort: true })
  .refine((value) => value.length <= MAX_PASSWORD_LENGTH, { message: "validation.tooLong", abort: true })
  .refine((value) => !isCommonPassword(value), "validation.passwordCommon");
