/**
 * What the app knows about the client from the request headers. `next start` fills in the
 * x-forwarded-* headers from the connection when no proxy in front of it did; behind a proxy they
 * are the proxy's, which must therefore replace whatever the client sent.
 */
function firstHop(value: string | null): string | undefined {
  return value?.split(",")[0]?.trim() || undefined;
}

/** The client's address: the first hop of x-forwarded-for, else x-real-ip. */
export function clientAddress(headers: Headers): string {
  return firstHop(headers.get("x-forwarded-for")) ?? firstHop(headers.get("x-real-ip")) ?? "unknown";
}

export function isHttps(headers: Headers): boolean {
  return firstHop(headers.get("x-forwarded-proto")) === "https";
}

/** The address the client used to reach the app, e.g. https://registry.example.gov.kh. */
export function requestOrigin(headers: Headers): string {
  const host = firstHop(headers.get("x-forwarded-host")) ?? headers.get("host") ?? "localhost";
  return `${isHttps(headers) ? "https" : "http"}://${host}`;
}
