import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { actorForApiToken } from "@/lib/data/api-tokens";
import { authorize } from "@/lib/data/authorize";
import type { Actor, PortalActor } from "@/lib/auth/permissions";
import { getPortalActor } from "@/lib/auth/portal-actor";
import { noteDatabaseFailure } from "@/lib/database-health";
import { AppError, type FieldErrors } from "@/lib/errors";
import { log } from "@/lib/log";
import { parseInput } from "@/lib/schemas/common";
import { env } from "@/lib/env";
import { API_BASE, type Endpoint } from "./endpoints";
import { idempotencyKeyOf, once } from "./idempotency";
import { errorResponse } from "./error-response";
import { multipartParts, type UploadPart } from "./multipart";

/** Staff for most endpoints; the worker of the portal session for the portal's. */
type ActorOf<E extends Endpoint> = E extends { audience: "portal" } ? PortalActor | null : Actor | null;

export type ApiRequest<A = Actor | null> = {
  actor: A;
  /** The path's parameters, checked against the endpoint's `params`. */
  params: Record<string, string>;
  /** The query string, checked against the endpoint's `query`; the lib/data function reads it again. */
  query: Record<string, string>;
  /** The parsed JSON body, checked against the endpoint's `body`; the lib/data function validates it again after its permission check. */
  body: unknown;
  /** A multipart endpoint's parts as they arrive, the file streamed (see multipart.ts). */
  parts?: AsyncGenerator<UploadPart>;
  /** PATCH and PUT: the version an If-Match header names, for the change to apply to that version only. */
  ifMatch?: number;
};

/** What a file endpoint answers: the body, and the name the browser saves it under. */
export type ApiFile = { fileName: string; body: ReadableStream<Uint8Array> | string };

/** As Next passes it: each route's own parameters (none, strings, or a catch-all's list). */
type RouteContext = { params: Promise<object | undefined> };
type RouteHandler = (request: NextRequest, context: RouteContext) => Promise<Response>;

function json(status: number, body: unknown, headers: Record<string, string> = {}): NextResponse {
  // Worker records are personal data: no browser or proxy may keep a copy, unless the endpoint says otherwise.
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
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
 * Only JSON is accepted (and, for PATCH, its merge-patch flavour): a cross-site HTML form cannot
 * send that content type without a CORS preflight, which keeps the session cookie from being used
 * by another site.
 */
async function readJson(request: NextRequest): Promise<unknown> {
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  const accepted = request.method === "PATCH" ? ["application/json", "application/merge-patch+json"] : ["application/json"];
  if (!type || !accepted.includes(type)) throw new AppError("BAD_REQUEST");
  const text = await readLimited(request, MAX_JSON_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST");
  }
  refuseNul(body, []);
  return body;
}

/** PostgreSQL text cannot hold NUL: a string or a member name with one is refused wherever it is in the body. */
function refuseNul(value: unknown, path: (string | number)[]) {
  if (typeof value === "string" && value.includes("\u0000")) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { [path.length ? path.join(".") : "_form"]: ["validation.invalid"] });
  }
  if (Array.isArray(value)) value.forEach((item, index) => refuseNul(item, [...path, index]));
  else if (value && typeof value === "object") {
    for (const [name, member] of Object.entries(value)) {
      if (name.includes("\u0000")) throw new AppError("VALIDATION", "errors.VALIDATION", { _form: ["validation.invalid"] });
      refuseNul(member, [...path, name]);
    }
  }
}

/** A path that names nothing the endpoint has (an id of the wrong form, a NUL byte) is NOT_FOUND, before any query. */
function checkParams(endpoint: Endpoint, params: Record<string, string>) {
  if (endpoint.params && !endpoint.params.safeParse(params).success) throw new AppError("NOT_FOUND");
}

/**
 * The query string as the endpoint's `query` schema takes it. Every parameter is a single value:
 * one given twice is refused (400), as is one the endpoint does not know.
 */
function queryOf(endpoint: Endpoint, searchParams: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  const repeated: FieldErrors = {};
  for (const [name, value] of searchParams) {
    if (name in query) repeated[name] = ["validation.repeated"];
    query[name] = value;
  }
  if (Object.keys(repeated).length) throw new AppError("VALIDATION", "errors.VALIDATION", repeated);
  if (endpoint.query) parseInput(endpoint.query, query);
  else if (Object.keys(query).length) throw new AppError("VALIDATION", "errors.VALIDATION", { _form: ["validation.unknownField"] });
  return query;
}

/**
 * The version an If-Match header names: `"7"` (this API's ETag), or none for `*` or no header. An
 * ETag this API never gives (a weak one, a list, another form) can match no version of the record.
 */
function ifMatchOf(request: NextRequest): number | undefined {
  const header = request.headers.get("if-match")?.trim();
  if (!header || header === "*") return undefined;
  const version = /^"(\d{1,9})"$/.exec(header)?.[1];
  if (!version) throw new AppError("PRECONDITION_FAILED");
  return Number(version);
}

/** The version If-Match names is the one the change applies to, unless the body names one itself. */
function withVersion(body: unknown, ifMatch: number | undefined): unknown {
  const isObject = body !== null && typeof body === "object" && !Array.isArray(body);
  return ifMatch !== undefined && isObject && !("version" in body) ? { ...body, version: ifMatch } : body;
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

/** The headers of a success: the record's ETag, where a new one lives, how long it may be kept. */
function successHeaders(endpoint: Endpoint, encoded: unknown, params: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = {};
  const record = encoded as { version?: unknown };
  if (endpoint.etag && typeof record?.version === "number") headers.ETag = `"${record.version}"`;
  if (endpoint.location) headers.Location = `${API_BASE}${endpoint.location(encoded as never, params)}`;
  if (endpoint.cache) headers["Cache-Control"] = endpoint.cache;
  return headers;
}

/**
 * A route handler for one endpoint of /api/v1: the actor (a bearer token's, or from the same
 * session cookie as the pages: staff, or the worker of the portal session for a portal endpoint),
 * then the path, the query and the JSON body checked against the very schemas the OpenAPI document
 * is generated from (or the multipart upload streamed), an Idempotency-Key honoured, the response
 * encoded as the endpoint describes it (or a file), and errors as `{ error: { code, message, ... } }`
 * with their HTTP status. No client input reaches the database before it has passed its schema.
 */
export function apiRoute<E extends Endpoint>(
  endpoint: E,
  work: (request: ApiRequest<ActorOf<E>>) => Promise<E extends { file: object } ? ApiFile : z.output<E["response"]>>,
): RouteHandler {
  return async (request, context) => {
    const requestId = request.headers.get("x-request-id") ?? undefined;
    // A refusal of the URL (path or query) is a 400; once a body is read, its refusals are 422.
    let fromUrl = true;
    try {
      const actor = (endpoint.audience === "portal" ? await getPortalActor() : await staffActor(request, requestId)) as ActorOf<E>;
      if (!actor && !endpoint.public) throw new AppError("UNAUTHENTICATED");
      if (endpoint.permission) authorize(actor as Actor | null, endpoint.permission);
      const params = ((await context.params) ?? {}) as Record<string, string>;
      checkParams(endpoint, params);
      const query = queryOf(endpoint, request.nextUrl.searchParams);
      const ifMatch = endpoint.etag && (endpoint.method === "PATCH" || endpoint.method === "PUT") ? ifMatchOf(request) : undefined;
      fromUrl = !endpoint.body;
      const multipart = "multipart" in endpoint && endpoint.multipart;
      const body = endpoint.body && !multipart ? withVersion(await readJson(request), ifMatch) : undefined;
      if (endpoint.body && !multipart) parseInput(endpoint.body, body);
      const parts = multipart ? multipartParts(request, env.IMPORT_MAX_MB * 1024 * 1024) : undefined;

      const answer = async () => {
        const result = await work({ actor, params, query, body, parts, ifMatch });
        if ("file" in endpoint && endpoint.file) return { file: result as ApiFile };
        const encoded = z.encode(endpoint.response, result);
        return { status: endpoint.status as number, body: encoded as unknown, headers: successHeaders(endpoint, encoded, params) };
      };
      const key = endpoint.idempotent ? idempotencyKeyOf(request) : undefined;
      const outcome = key && actor ? await once(actor as Actor, { key, method: endpoint.method, path: request.nextUrl.pathname, body }, answer) : await answer();
      if ("file" in outcome) return fileResponse((endpoint as { file: { contentType: string } }).file.contentType, outcome.file);
      return json(outcome.status, outcome.body, outcome.headers);
    } catch (error) {
      noteDatabaseFailure(error);
      const { status, body } = errorResponse(error, { fromUrl, requestId });
      if (status === 500) log("error", "api request failed", { error, requestId, method: request.method, path: request.nextUrl.pathname });
      return json(status, body);
    }
  };
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/**
 * Every method of one path: those it serves, and for the others a 405 in the JSON error envelope
 * with the `Allow` header (Next would answer them with an empty body). HEAD and OPTIONS stay
 * Next's own, from the methods served.
 */
export function apiRoutes(served: Partial<Record<Method, RouteHandler>>): Record<Method, RouteHandler> {
  const allow = [...Object.keys(served), ...(served.GET ? ["HEAD"] : []), "OPTIONS"].join(", ");
  // A path with no method at all is no endpoint (the catch-all of /api/v1).
  const refuse: RouteHandler = async () => {
    if (!Object.keys(served).length) return json(404, errorResponse(new AppError("NOT_FOUND"), { fromUrl: true }).body);
    const { status, body } = errorResponse(new AppError("METHOD_NOT_ALLOWED"), { fromUrl: true });
    return json(status, body, { Allow: allow });
  };
  return Object.fromEntries(METHODS.map((method) => [method, served[method] ?? refuse])) as Record<Method, RouteHandler>;
}
