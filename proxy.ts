import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "@/lib/database-health";
import { errorResponse } from "@/lib/api/error-response";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE_HEADER, LOCALE_COOKIE, defaultLocaleFor } from "@/lib/i18n/locales";
import { unavailableResponse } from "@/lib/unavailable-response";
import { newNonce, securityHeaders } from "@/lib/security-headers";

const SESSION_COOKIES = ["next-auth.session-token", "__Host-next-auth.session-token"];
const STAFF_PATHS = ["/workers", "/cases", "/courses", "/certificates", "/imports", "/reports", "/admin"];

/**
 * Gives every request an id for the logs and audit events, a script nonce and the language of
 * its part of the app, puts the security headers on every answer, and sends visitors without a
 * staff session cookie to the staff sign-in page. The redirect is a comfort only: lib/data checks
 * every request itself. While the database is out of reach it answers 503 itself, at once.
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders(nonce, { production: env.NODE_ENV === "production" });
  // Next would fail decoding such a path (a 500): it names nothing, so it is the client's error.
  if (!decodablePath(request.nextUrl.pathname)) return malformedPathResponse(request.nextUrl.pathname, headers);
  if (!(await databaseReachable())) return unavailableResponse(request.nextUrl, request.cookies.get(LOCALE_COOKIE)?.value, headers);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", crypto.randomUUID());
  // Next.js takes the nonce for its own scripts from the request's policy.
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const { pathname, search } = request.nextUrl;
  requestHeaders.set(DEFAULT_LOCALE_HEADER, defaultLocaleFor(pathname));

  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  let response: NextResponse;
  if (!signedIn && STAFF_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    response = NextResponse.redirect(login);
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** Whether every percent-escape of the path decodes (`%E0%A4%A`, `%ZZ` and a lone `%` do not). */
function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A 400: in the API's JSON error envelope under /api/v1, as plain text elsewhere. */
function malformedPathResponse(pathname: string, headers: Record<string, string>): Response {
  const common = { ...headers, "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/v1/")) return Response.json(errorResponse(new AppError("BAD_REQUEST", "errors.malformedPath"), { fromUrl: true }).body, { status: 400, headers: common });
  return new Response("Bad Request", { status: 400, headers: { ...common, "Content-Type": "text/plain; charset=utf-8" } });
}

export const config = {
  // Not the uploads: Next buffers (and past 10 MB cuts off) the body of every request the proxy
  // sees, and an import file is streamed, up to hundreds of megabytes.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/imports$|imports/upload$).*)"],
};
