import type { Role } from "./permissions";

/** The first page each role sees after signing in. */
export function homePath(role: Role): string {
  return role === "ADMIN" ? "/admin" : "/workers";
}
