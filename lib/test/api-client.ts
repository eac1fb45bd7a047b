import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { issueApiToken } from "@/lib/data/api-tokens";
import { actorFor } from "./actors";

/**
 * The JSON API without a server: a request goes to the route handler of app/api/v1 that Next would
 * route it to (static segments before dynamic ones, the catch-all last), with the path's
 * parameters decoded as Next decodes them. Everything from the handler down runs as in production:
 * the token's lookup, the schemas, lib/data and PostgreSQL.
 */
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]> | undefined> }) => Promise<Response>;
type Route = { file: string; segments: string[] };

const apiRoot = path.join(import.meta.dirname, "../../app/api/v1");
const routes: Route[] = (readdirSync(apiRoot, { recursive: true }) as string[])
  .filter((file) => path.basename(file) === "route.ts")
  .map((file) => ({ file, segments: path.dirname(file) === "." ? [] : path.dirname(file).split(path.sep) }))
  // Most specific first: more static segments, and the optional catch-all last of all.
  .sort((a, b) => rank(b) - rank(a));

function rank(route: Route): number {
  if (route.segments.some((segment) => segment.startsWith("[["))) return -1;
  return route.segments.reduce((score, segment) => score * 4 + (segment.startsWith("[") ? 1 : 2), 1);
}

function match(route: Route, parts: string[]): Record<string, string | string[]> | null {
  const params: Record<string, string | string[]> = {};
  for (const [index, segment] of route.segments.entries()) {
    const catchAll = /^\[\[?\.\.\.(\w+)\]\]?$/.exec(segment);
    if (catchAll) {
      params[catchAll[1]] = parts.slice(index);
      return params;
    }
    if (index >= parts.length) return null;
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (dynamic) params[dynamic[1]] = parts[index];
    else if (segment !== parts[index]) return null;
  }
  return parts.length === route.segments.length ? params : null;
}

export type ApiCall = { method?: string; body?: unknown; rawBody?: string; form?: FormData; headers?: Record<string, string> };

/** A response with its JSON body read (null when it has none or it is not JSON). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever JSON came back
export type ApiAnswer = { status: number; headers: Headers; body: any; text: string };

export async function callApi(token: string | null, target: string, { method = "GET", body, rawBody, form, headers = {} }: ApiCall = {}): Promise<ApiAnswer> {
  const url = new URL(`http://registry.test/api/v1${target}`);
  const parts = url.pathname.replace(/^\/api\/v1\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  const found = routes.map((route) => ({ route, params: match(route, parts) })).find(({ params }) => params);
  if (!found) throw new Error(`no route for ${target}`);
  const routeModule = (await import(path.join(apiRoot, found.route.file))) as Record<string, Handler | undefined>;
  const handler = routeModule[method];
  if (!handler) throw new Error(`${found.route.file} exports no ${method}`);
  const sent = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  const request = new NextRequest(url, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : { authorization: "Bearer none" }),
      ...(sent !== undefined && !("content-type" in headers) ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body: form ?? sent,
  });
  const response = await handler(request, { params: Promise.resolve(Object.keys(found.params!).length ? found.params! : undefined) });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** API tokens, issued by the demo administrator, of the Bangkok and Seoul officers' posts and of ministry staff. */
export async function apiTokens(): Promise<{ bangkok: string; seoul: string; ministry: string }> {
  const admin = await actorFor("admin@registry.test");
  const token = async (role: "OFFICER" | "MINISTRY", city?: string) => {
    const postId = city ? (await db.post.findFirstOrThrow({ where: { city }, select: { id: true } })).id : undefined;
    return (await issueApiToken(admin, { name: `test ${crypto.randomUUID()}`, role, ...(postId ? { postId } : {}) })).token;
  };
  return { bangkok: await token("OFFICER", "Bangkok"), seoul: await token("OFFICER", "Seoul"), ministry: await token("MINISTRY") };
}
