import en from "@/messages/en.json" with { type: "json" };
import km from "@/messages/km.json" with { type: "json" };
import { defaultLocaleFor, resolveLocale } from "@/lib/i18n/locales";

/**
 * What proxy.ts answers while the database is out of reach: 503 with Retry-After, as JSON in the
 * API's error shape for /api, else a page of its own in the reader's language. The page is plain
 * HTML made here, not a React page: rendering one would need the app, which needs the database. It
 * reloads itself, so whoever keeps it open gets their page back once the database is.
 */

const RETRY_SECONDS = 10;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailableResponse(url: URL, localeCookie: string | undefined, headers: Record<string, string>): Response {
  const common = { ...headers, "Retry-After": String(RETRY_SECONDS), "Cache-Control": "no-store" };
  if (url.pathname.startsWith("/api/")) {
    return Response.json({ error: { code: "UNAVAILABLE", message: en.errors.UNAVAILABLE } }, { status: 503, headers: common });
  }
  const locale = resolveLocale(localeCookie, defaultLocaleFor(url.pathname));
  const messages = locale === "km" ? km : en;
  const words = messages.errors;
  const here = escapeHtml(url.pathname + url.search);
  const page = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_SECONDS}">
<title>${escapeHtml(words.unavailableTitle)} · ${escapeHtml(messages.app.name)}</title>
<style>
body { margin: 0; min-height: 100vh; background: #f1f5f9; color: #0f172a; font-family: system-ui, "Noto Sans Khmer", sans-serif; }
main { max-width: 32rem; margin: 0 auto; padding: 2.5rem; text-align: center; }
h1 { font-size: 1.5rem; font-weight: 600; }
p { color: #334155; line-height: 1.6; }
a { display: inline-block; margin-top: 1.5rem; padding: 0.5rem 1rem; border: 1px solid #cbd5e1; border-radius: 0.375rem; background: #fff; color: #0f172a; text-decoration: none; }
</style>
</head>
<body>
<main data-testid="unavailable">
<h1>${escapeHtml(words.unavailableTitle)}</h1>
<p>${escapeHtml(words.unavailableBody)}</p>
<a href="${here}">${escapeHtml(words.unavailableRetry)}</a>
</main>
</body>
</html>
`;
  return new Response(page, { status: 503, headers: { ...common, "Content-Type": "text/html; charset=utf-8" } });
}
