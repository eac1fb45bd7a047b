/** The portal session's cookie: only a random token, whose hash the database keeps with the worker and the expiry. */
export const PORTAL_COOKIE = "portal-session";

/** Out of reach of scripts, sent along with links from other sites but not with their forms, HTTPS-only over HTTPS. */
export function portalCookieOptions(expiresAt: Date, secure: boolean) {
  return { httpOnly: true, sameSite: "lax", secure, path: "/", expires: expiresAt } as const;
}
