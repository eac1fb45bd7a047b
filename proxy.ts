import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const STAFF_PATHS = ["/workers", "/reports", "/admin", "/imports"];

/**
 * Gives every request an id for the logs and audit events, and sends visitors without a session
 * cookie to the sign-in page. A comfort only: lib/data checks every request itself.
 */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", crypto.randomUUID());

  const { pathname, search } = request.nextUrl;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && STAFF_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  // Not the uploads: Next buffers (and past 10 MB cuts off) the body of every request the proxy
  // sees, and an import file is streamed, up to hundreds of megabytes.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/imports$|imports/upload$).*)"],
};
