import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { actorForApiToken } from "@/lib/data/api-tokens";
import type { Actor, PortalActor } from "@/lib/auth/permissions";
import { getPortalActor } from "@/lib/auth/portal-actor";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import type { Endpoint } from "./endpoints";
import { errorResponse } from "./error-response";

/** Staff for most endpoints; the worker of the portal session for the portal's. */
type ActorOf<E extends Endpoint> = E extends { audience: "portal" } ? PortalActor | null : Actor | null;

export type ApiRequest<A = Actor | null> = {
  actor: A;
  params: Record<string, string>;
  query: Record<string, string>;
  /** The parsed JSON body, unvalidated: the lib/data function validates it after its permission check. */
  body: unknown;
};

type RouteContext = { params: Promise<Record<string, string>> };

function json(status: number, body: unknown): NextResponse {
  // Worker records are personal data: no browser or proxy may keep a copy.
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** JSON bodies are forms and small tables; anything larger is refused before it is read whole. */
export const MAX_JSON_BYTES = 256 * 1024;

/** The body as text, refused as soon as it grows past the limit, whatever Content-Length claimed. */
async function readLimited(request: NextRequest, limit: number): Promise<string> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw new AppError("TOO_LARGE");
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError("TOO_LARGE");
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Only JSON is accepted: a cross-site HTML form cannot send that content type without a CORS
 * preflight, which keeps the session cookie from being used by another site.
 */
async function readJson(request: NextRequest): Promise<unknown> {
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw new AppError("BAD_REQUEST");
  const text = await readLimited(request, MAX_JSON_BYTES);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST");
  }
}

/**
 * Staff as a machine client (`Authorization: Bearer <token>`) or through the pages' session cookie.
 * A bearer token that names no live token is refused, never mistaken for the cookie's user.
 */
async function staffActor(request: NextRequest, requestId?: string): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (!authorization) return getActor();
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  return token ? actorForApiToken(token, requestId) : null;
}

/**
 * A route handler for one endpoint of /api/v1: the actor (a bearer token's, or from the same
 * session cookie as the pages: staff, or the worker of the portal session for a portal endpoint), the JSON body,
 * the response encoded as the endpoint describes it, and errors as `{ error: { code, message, ... } }`
 * with their HTTP status.
 */
export function apiRoute<E extends Endpoint>(endpoint: E, work: (request: ApiRequest<ActorOf<E>>) => Promise<z.output<E["response"]>>) {
  return async (request: NextRequest, context: RouteContext): Promise<NextResponse> => {
    const requestId = request.headers.get("x-request-id") ?? undefined;
    try {
      const actor = (endpoint.audience === "portal" ? await getPortalActor() : await staffActor(request, requestId)) as ActorOf<E>;
      const body = endpoint.body ? await readJson(request) : undefined;
      const query = searchParamsToQuery(request.nextUrl.searchParams);
      const result = await work({ actor, params: await context.params, query, body });
      return json(endpoint.status, z.encode(endpoint.response, result));
    } catch (error) {
      const { status, body } = errorResponse(error, { fromUrl: !endpoint.body, requestId });
      if (status === 500) log("error", "api request failed", { error, requestId, method: request.method, path: request.nextUrl.pathname });
      return json(status, body);
    }
  };
}
