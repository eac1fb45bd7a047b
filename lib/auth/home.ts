import type { Actor } from "./permissions";

/**
 * The first page each account sees after signing in: its role's home page; a temporary password,
 * then a missing second factor, go first.
 */
export function homePath(actor: Partial<Pick<Actor, "mustChangePassword" | "mustEnrolTwoFactor">>): string {
  if (actor.mustChangePassword) return "/account/password";
  if (actor.mustEnrolTwoFactor) return "/account/two-factor";
  return "/";
}
