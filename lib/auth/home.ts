import type { Actor } from "./permissions";

/** The first page each account sees after signing in: its role's home page; a temporary password must go first. */
export function homePath(actor: Pick<Actor, "mustChangePassword">): string {
  return actor.mustChangePassword ? "/account/password" : "/";
}
