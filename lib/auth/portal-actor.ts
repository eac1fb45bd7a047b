import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { endPortalSession, portalActorForToken } from "@/lib/data/portal-sessions";
import { servedOverHttps } from "@/lib/request-info";
import { PORTAL_COOKIE, portalCookieOptions } from "./portal-cookie";

/** The worker signed in to the portal for this request, or null; read once per request. */
export const getPortalActor = cache(async () => {
  const token = (await cookies()).get(PORTAL_COOKIE)?.value;
  if (!token) return null;
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  return portalActorForToken(token, requestId);
});

/** In a server action: the cookie of a session just opened. */
export async function setPortalCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(PORTAL_COOKIE, token, portalCookieOptions(expiresAt, servedOverHttps()));
}

/** In a server action: ends the session on the server and forgets the cookie. */
export async function signOutOfPortal(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(PORTAL_COOKIE)?.value;
  if (token) await endPortalSession(token);
  jar.delete(PORTAL_COOKIE);
}
