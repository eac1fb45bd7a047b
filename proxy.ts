import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE_HEADER, defaultLocaleFor } from "@/lib/i18n/locales";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const STAFF_PATHS = ["/workers", "/reports", "/admin"];

/**
 * Gives every request an id for the logs and audit events and the language of its part of the
 * app, and sends visitors without a staff session cookie to the staff sign-in page. A comfort
 * only: lib/data checks every request itself.
 */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", crypto.randomUUID());
  const { pathname, search } = request.nextUrl;
  requestHeaders.set(DEFAULT_LOCALE_HEADER, defaultLocaleFor(pathname));

  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && STAFF_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
