import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { actorForApiToken } from "@/lib/data/api-tokens";
import type { Actor, PortalActor } from "@/lib/auth/permissions";
import { getPortalActor } from "@/lib/auth/portal-actor";
import { noteDatabaseFailure } from "@/lib/database-health";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import { env } from "@/lib/env";
import type { Endpoint } from "./endpoints";
import { errorResponse } from "./error-response";
import { multipartParts, type UploadPart } from "./multipart";

/** Staff for most endpoints; the worker of the portal session for the portal's. */
type ActorOf<E extends Endpoint> = E extends { audience: "portal" } ? PortalActor | null : Actor | null;

export type ApiRequest<A = Actor | null> = {
  actor: A;
  params: Record<string, string>;
  query: Record<string, string>;
  /** The parsed JSON body, unvalidated: the lib/data function validates it after its permission check. */
  body: unknown;
  /** A multipart endpoint's parts as they arrive, the file streamed (see multipart.ts). */
  parts?: AsyncGenerator<UploadPart>;
};

/** What a file endpoint answers: the body, and the name the browser saves it under. */
export type ApiFile = { fileName: string; body: ReadableStream<Uint8Array> | string };

type RouteContext = { params: Promise<Record<string, string>> };

function json(status: number, body: unknown): NextResponse {
  // Worker records are personal data: no browser or proxy may keep a copy.
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** JSON bodies are forms and small tables; anything larger is refused before it is read whole. */
const MAX_JSON_BYTES = 256 * 1024;

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

function fileResponse(contentType: string, file: ApiFile): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": contentType,
      // RFC 6266: an ASCII fallback, and the name as it is (Khmer too) in UTF-8.
      "Content-Disposition": `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "no-store",
    },
  });
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
 * session cookie as the pages: staff, or the worker of the portal session for a portal endpoint),
 * the JSON body or the multipart upload, the response encoded as the endpoint describes it (or a
 * file), and errors as `{ error: { code, message, ... } }` with their HTTP status.
 */
export function apiRoute<E extends Endpoint>(
  endpoint: E,
  work: (request: ApiRequest<ActorOf<E>>) => Promise<E extends { file: object } ? ApiFile : z.output<E["response"]>>,
) {
  return async (request: NextRequest, context: RouteContext): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? undefined;
    try {
      const actor = (endpoint.audience === "portal" ? await getPortalActor() : await staffActor(request, requestId)) as ActorOf<E>;
      const multipart = "multipart" in endpoint && endpoint.multipart;
      const body = endpoint.body && !multipart ? await readJson(request) : undefined;
      const parts = multipart ? multipartParts(request, env.IMPORT_MAX_MB * 1024 * 1024) : undefined;
      const query = searchParamsToQuery(request.nextUrl.searchParams);
      const result = await work({ actor, params: await context.params, query, body, parts });
      if ("file" in endpoint && endpoint.file) return fileResponse(endpoint.file.contentType, result as ApiFile);
      return json(endpoint.status, z.encode(endpoint.response, result));
    } catch (error) {
      noteDatabaseFailure(error);
      const { status, body } = errorResponse(error, { fromUrl: !endpoint.body, requestId });
      if (status === 500) log("error", "api request failed", { error, requestId, method: request.method, path: request.nextUrl.pathname });
      return json(status, body);
    }
  };
}
