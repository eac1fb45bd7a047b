import { env } from "@/lib/env";
import { socketAddress } from "@/lib/socket-address";

/**
 * What the app knows about the client. Nothing a client can write decides it: the address is the
 * connection's unless TRUSTED_PROXY_HOPS says how many proxies in front of the app append to
 * X-Forwarded-For; the app's own address and protocol are configuration (NEXTAUTH_URL).
 */

/**
 * The client's address: the socket's with no trusted proxy; behind N proxies, the Nth address
 * from the right of X-Forwarded-For, the one the outermost trusted proxy saw. Entries further left
 * are the client's own words and are never read.
 */
export function clientAddress(headers: Headers, trustedHops = env.TRUSTED_PROXY_HOPS): string {
  const socket = socketAddress(headers) ?? "unknown";
  if (trustedHops === 0) return socket;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  // Fewer hops than configured: the proxies are not in front as said; the leftmost is the best there is.
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
}

/** The app's public origin, from configuration; in development and tests the local server's. */
export function publicOrigin(): string {
  return new URL(env.NEXTAUTH_URL ?? "http://localhost:3000").origin;
}

/** Whether the app is served over HTTPS, as configured (cookies are then Secure). */
export function servedOverHttps(): boolean {
  return publicOrigin().startsWith("https:");
}
