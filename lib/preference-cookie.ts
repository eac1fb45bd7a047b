import { servedOverHttps } from "@/lib/request-info";

/**
 * A preference the browser keeps for a year (language, numerals, theme): readable by no script
 * that does not need it, sent with links from other sites but not their forms, and Secure when the
 * app is served over HTTPS, as configured (never guessed from the request).
 */
export function preferenceCookieOptions() {
  return { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", secure: servedOverHttps(), httpOnly: true } as const;
}
