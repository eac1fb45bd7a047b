/**
 * The response headers every page and API answer carries. Scripts run only with this request's
 * nonce (Next.js reads it from the request's CSP header and stamps its own scripts with it), so an
 * injected <script> never runs. Styles may be inline: React's style attributes, Radix's (a dialog's
 * position, a progress bar's width) and the <style> element sonner adds for its toasts need it, and
 * a style cannot run code. A nonce in style-src would switch 'unsafe-inline' off for all of them.
 */
function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // React's development build evaluates source maps with eval(); production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(nonce: string, { production }: { production: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, !production),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    // Pages and answers carry personal data: no browser or proxy cache may keep them.
    "Cache-Control": "no-store",
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
