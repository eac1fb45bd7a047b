import type { Actor } from "./permissions";

/** The first page each account sees after signing in; a temporary password must go first. */
export function homePath(actor: Pick<Actor, "role" | "mustChangePassword">): string {
  if (actor.mustChangePassword) return "/account/password";
  return actor.role === "ADMIN" ? "/admin/users" : "/workers";
}
