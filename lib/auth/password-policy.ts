import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * NIST SP 800-63B as OWASP ASVS asks: long enough (NewPassword in lib/schemas/user.ts), no
 * composition rules, and not one of the passwords attackers try first. The list ships with the
 * app: the 20,000 most common passwords of 12 characters or more in SecLists' "10 million
 * passwords" (shorter ones fail the length rule). It is read from disk, so it is checked on the
 * server, by the data function that sets a password, not by the schema the browser may share.
 */
let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(readFileSync(path.join(process.cwd(), "lib/auth/common-passwords.txt"), "utf8").split("\n").filter(Boolean));
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}
