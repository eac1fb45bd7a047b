/**
 * Where to send someone after they sign in, from a destination a link carried: only a page of this
 * app. The value is parsed as the browser will parse it (backslashes, tabs, encodings, userinfo,
 * other schemes), against the app's own origin; anything that resolves elsewhere, or to a path the
 * browser would take for another host ("//host"), gives `fallback`. What is returned is the
 * parsed path, so what is followed is what was checked.
 */
export function safeDestination(value: unknown, origin: string, options: { within?: string; fallback?: string } = {}): string {
  const within = options.within ?? "/";
  const fallback = options.fallback ?? within;
  if (typeof value !== "string" || value === "" || value.length > 2_000) return fallback;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  const inside = url.pathname === within || url.pathname.startsWith(within.endsWith("/") ? within : `${within}/`);
  if (url.origin !== new URL(origin).origin || url.username || url.password || url.pathname.startsWith("//") || !inside) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
