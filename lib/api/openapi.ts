import { z } from "zod";
import type { AppErrorCode } from "@/lib/errors";
import { PORTAL_COOKIE } from "@/lib/auth/portal-cookie";
import { CertificateRevocationInput, CourseInput, CoursePatch, EnrolInput, EnrolmentOutcomeInput } from "@/lib/schemas/course";
import { ImportUpload } from "@/lib/schemas/imports";
import { PublishedImportInput, PublishedSourceCorrection, PublishedSourceInput, QuotaInput } from "@/lib/schemas/reports";
import { StatusChangeInput, TransferInput, WorkerInput, WorkerPatch } from "@/lib/schemas/worker";
import { API_BASE, endpoints, TAGS, type Endpoint } from "./endpoints";
import { english, errorStatus } from "./error-response";
import { exampleOf } from "./openapi-examples";
import {
  ApiError,
  Breakdown,
  CourseDetail,
  CourseList,
  CourseSummary,
  CreatedWorker,
  DestinationReport,
  EnrolmentOutcome,
  EnrolmentState,
  ImportJob,
  ImportList,
  LikelyDuplicate,
  MonthlySeries,
  NewEnrolment,
  PortalEnrolment,
  PortalEnrolmentList,
  PublishedImportResult,
  PublishedSource,
  PublishedSourceList,
  Quota,
  QuotaList,
  Roster,
  RosterEntry,
  SavedQuota,
  TransferredWorker,
  WorkerDetail,
  WorkerList,
  WorkerListItem,
} from "./responses";

type JsonSchema = Record<string, unknown>;

/**
 * Both directions as they travel: request schemas before their transforms (what the client sends),
 * response codecs on their encoded side (what the server sends).
 */
const jsonSchemaOptions = { io: "input", target: "draft-2020-12" } as const;

/** Schemas named here become components; wherever else they appear they are a $ref to them. */
const components = {
  WorkerInput,
  WorkerPatch,
  TransferInput,
  StatusChangeInput,
  WorkerList,
  WorkerListItem,
  WorkerDetail,
  CreatedWorker,
  TransferredWorker,
  LikelyDuplicate,
  PublishedSourceInput,
  PublishedSourceCorrection,
  PublishedImportInput,
  QuotaInput,
  PublishedSource,
  PublishedSourceList,
  PublishedImportResult,
  Quota,
  QuotaList,
  SavedQuota,
  DestinationReport,
  Breakdown,
  MonthlySeries,
  PortalEnrolment,
  PortalEnrolmentList,
  CourseInput,
  CoursePatch,
  EnrolInput,
  EnrolmentOutcomeInput,
  CertificateRevocationInput,
  CourseSummary,
  CourseList,
  CourseDetail,
  RosterEntry,
  Roster,
  NewEnrolment,
  EnrolmentOutcome,
  EnrolmentState,
  ImportUpload,
  ImportJob,
  ImportList,
  ApiError,
};

const componentUri = (id: string) => `#/components/schemas/${id}`;

/** OpenAPI holds schemas under its own keys, not as standalone JSON Schema documents. */
function embedded(schema: JsonSchema): JsonSchema {
  const copy = { ...schema };
  delete copy.$schema;
  delete copy.$id;
  return copy;
}

function componentSchemas(): { schemas: Record<string, JsonSchema>; refs: Map<z.ZodType, JsonSchema> } {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { ...jsonSchemaOptions, uri: componentUri }).schemas;
  const schemas = Object.fromEntries(Object.entries(generated).map(([id, schema]) => [id, embedded(schema)]));
  const refs = new Map<z.ZodType, JsonSchema>(Object.entries(components).map(([id, schema]) => [schema, { $ref: componentUri(id) }]));
  return { schemas, refs };
}

function inline(schema: z.ZodType): JsonSchema {
  return embedded(z.toJSONSchema(schema, jsonSchemaOptions));
}

/** Query or path parameters, one per property of the input object. */
function parameters(schema: z.ZodType, where: "query" | "path", schemas: Record<string, JsonSchema>): JsonSchema[] {
  const { properties = {}, required = [] } = inline(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name,
    in: where,
    required: where === "path" || required.includes(name),
    ...(description ? { description } : {}),
    schema: property,
    example: exampleOf(property, schemas, name),
  }));
}

/** Every refusal an operation can give, by the code in the error envelope. */
function errorCodes(endpoint: Endpoint): AppErrorCode[] {
  const codes = new Set<AppErrorCode>(endpoint.errors);
  if (!endpoint.public) codes.add("UNAUTHENTICATED");
  // Unknown or repeated query parameters, and (with a body) a body that fails its schema.
  codes.add("VALIDATION");
  if (endpoint.params) codes.add("NOT_FOUND");
  if (endpoint.body) ["BAD_REQUEST", "TOO_LARGE"].forEach((code) => codes.add(code as AppErrorCode));
  if (conditional(endpoint)) codes.add("PRECONDITION_FAILED");
  if (endpoint.idempotent) ["IDEMPOTENCY_KEY_REUSED", "CONFLICT"].forEach((code) => codes.add(code as AppErrorCode));
  codes.add("UNAVAILABLE");
  return [...codes];
}

/** When each code is given, beyond its message. */
const WHEN: Partial<Record<AppErrorCode, string>> = {
  VALIDATION: "`fields` names each field (or `_form`) with what is wrong with it; in the query string (400) or the body (422)",
  NOT_FOUND: "also for an id of the wrong form",
  CONFLICT: "`current` is the record as it is now",
  PRECONDITION_FAILED: "If-Match named another version; `current` is the record as it is now",
  IDEMPOTENCY_KEY_REUSED: "the Idempotency-Key came with another request",
  UNAVAILABLE: "the database is out of reach for a moment; retry after Retry-After seconds",
};

const header = (description: string, schema: JsonSchema = { type: "string" }) => ({ description, schema });

function errorResponses(endpoint: Endpoint, errorRef: JsonSchema, schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const byStatus = new Map<number, AppErrorCode[]>();
  for (const code of errorCodes(endpoint)) {
    // Query parameters are the URL's (400) even where a body's refusals are 422.
    const statuses = code === "VALIDATION" && endpoint.body ? [400, 422] : [errorStatus(code, { fromUrl: !endpoint.body })];
    for (const status of statuses) byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, JsonSchema> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const lines = codes.map((code) => `\`${code}\`: ${english(`errors.${code}`)}${WHEN[code] ? ` (${WHEN[code]})` : ""}`);
    const example = { error: { code: codes[0], message: english(`errors.${codes[0]}`), ...(codes[0] === "VALIDATION" ? { fields: { version: [english("validation.required")] } } : {}) } };
    responses[String(status)] = {
      description: lines.join("\n\n"),
      ...(status === 503 ? { headers: { "Retry-After": header("Seconds to wait before trying again", { type: "integer" }) } } : {}),
      content: { "application/json": { schema: errorRef, example } },
    };
  }
  responses["500"] = {
    description: `\`INTERNAL\`: ${english("errors.unexpected")} (a fault of the server, never of the request; \`requestId\` names it in the logs)`,
    content: { "application/json": { schema: errorRef, example: exampleOf(errorRef, schemas) } },
  };
  return responses;
}

/** A change that If-Match can make conditional: one record, changed in place. */
const conditional = (endpoint: Endpoint) => Boolean(endpoint.etag) && (endpoint.method === "PATCH" || endpoint.method === "PUT");

/** The request headers an operation reads, besides authentication. */
function headerParameters(endpoint: Endpoint): JsonSchema[] {
  return [
    ...(conditional(endpoint)
      ? [
          {
            name: "If-Match",
            in: "header",
            required: false,
            description: "The ETag of the version the change applies to, as GET gave it (`\"3\"`); another version is a 412. It stands for `version` in the body.",
            schema: { type: "string", pattern: '^"[0-9]+"$|^\\*$' },
            example: '"3"',
          },
        ]
      : []),
    ...(endpoint.idempotent
      ? [
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            description:
              "A key of the client's choosing (a UUID, say) that makes a retry safe: the same request with the same key within 24 hours gets the first answer back, marked `Idempotent-Replayed: true`, and creates nothing; the same key with another request is a 422. A request refused keeps nothing, so it can be retried with its key.",
            schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7e]+$" },
            example: "5f0c6c0e-3b8e-4d0a-9f5e-6a1d2b3c4d5e",
          },
        ]
      : []),
  ];
}

function successHeaders(endpoint: Endpoint): JsonSchema | undefined {
  const headers: JsonSchema = {
    ...(endpoint.etag ? { ETag: header('The record\'s version, as a strong entity tag (`"3"`): send it back in If-Match to change this version only') } : {}),
    ...(endpoint.location ? { Location: header("Where the record created can be read, e.g. /api/v1/workers/7b0a4a8e-…") } : {}),
    ...(endpoint.idempotent ? { "Idempotent-Replayed": header("`true` when this is the first answer given again for a retry with the same Idempotency-Key") } : {}),
    "Cache-Control": header(endpoint.cache ?? "no-store: the answer holds personal data and is kept nowhere"),
  };
  return headers;
}

/** What the operation does, and how it behaves, for a client's developer. */
function descriptionOf(endpoint: Endpoint): string {
  const notes = [
    endpoint.description ?? `${endpoint.summary}.`,
    endpoint.method === "PATCH" && endpoint.etag
      ? "The body is a JSON Merge Patch (RFC 7396): only the fields to change; a field left out stays as it is, `null` clears an optional field (a required one cannot be cleared). The record as patched is then checked whole, as the web form checks it. Name the version corrected with `version` or with If-Match."
      : "",
    endpoint.method === "PUT" && endpoint.etag ? "The version corrected is `version` in the body, or If-Match." : "",
  ];
  return notes.filter(Boolean).join("\n\n");
}

/** What a body may be sent as: a PATCH is a JSON Merge Patch (RFC 7396), which plain JSON names too. */
function mediaTypesOf(endpoint: Endpoint): string[] {
  if (endpoint.multipart) return ["multipart/form-data"];
  return endpoint.method === "PATCH" ? ["application/merge-patch+json", "application/json"] : ["application/json"];
}

/** What every client's developer needs before the first call: the document's introduction. */
const API_GUIDE = `The register of Cambodian workers abroad, kept by Cambodia's embassies and the Ministry of Labour and Vocational Training.

## Authentication
Staff only: signed in with the same session cookie as the web pages, or a machine client with an API token an administrator issued at /admin/tokens (\`Authorization: Bearer wr_…\`), acting as the role and post it was issued for. Each account sees and changes what its role and post allow; a record outside them answers 404, as if it did not exist. The /portal endpoints answer a worker signed in to the workers' portal instead, with their own records only.

## Requests
- JSON bodies (\`Content-Type: application/json\`) keep their JSON types: a count is a number, never a string, null or a list; a flag is a boolean. Unknown fields are refused.
- Path ids that cannot name a record answer 404; query parameters are read as documented (integers in digits only, dates as real calendar dates, country codes as two capital letters), each given once; an unknown or repeated one is a 400, and an empty one counts as not given.
- \`PATCH\` is a JSON Merge Patch (RFC 7396, \`application/merge-patch+json\` or \`application/json\`): a field left out stays as it is, \`null\` clears an optional field.
- Changes carry the version they apply to (\`version\` in the body, or an \`If-Match\` header with the record's \`ETag\`): a change to a version since replaced is a 409 (body) or 412 (If-Match) carrying the record as it is now.
- Creates accept an \`Idempotency-Key\` header: a retry with the same key and body within 24 hours answers the first answer again and creates nothing.
- Lists page by cursor: pass the answer's \`nextCursor\` as \`cursor\`, with the same sort, until it is null.

## Limits
JSON bodies up to 256 KB (413 beyond); import files up to the server's IMPORT_MAX_MB (300 MB unless configured); worker pages up to 1,000 rows (25 unless \`limit\` says), import pages up to 100.

## Answers
Successes are JSON described below; a record's answer carries its \`ETag\`; a 201 carries \`Location\`. Nothing is cached (\`Cache-Control: no-store\`) except this document (an hour). Every refusal is \`{ "error": { "code", "message", ... } }\` with the HTTP status of its code, listed per operation; an unknown path under /api/v1 is a 404 and a method a path does not serve a 405 with \`Allow\`, in the same envelope. While the database is out of reach every endpoint answers 503 UNAVAILABLE with \`Retry-After\`.

## Versioning
The version is in the path (/api/v1). Within v1, changes only add: new endpoints, new optional request fields, new response fields. Anything else comes as /api/v2, with v1 kept alongside for at least six months. Changes are listed in docs/api-changelog.md.`;

/** The OpenAPI 3.1 description of /api/v1, generated from the endpoints table and its zod schemas. */
export function openApiDocument() {
  const { schemas, refs } = componentSchemas();
  const schemaOf = (schema: z.ZodType) => refs.get(schema) ?? inline(schema);

  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [operationId, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    paths[endpoint.path] ??= {};
    const params = [
      ...(endpoint.params ? parameters(endpoint.params, "path", schemas) : []),
      ...(endpoint.query ? parameters(endpoint.query, "query", schemas) : []),
      ...headerParameters(endpoint),
    ];
    const body = endpoint.body && schemaOf(endpoint.body);
    const response = schemaOf(endpoint.response);
    paths[endpoint.path][endpoint.method.toLowerCase()] = {
      operationId,
      tags: [endpoint.tag],
      summary: endpoint.summary,
      description: descriptionOf(endpoint),
      ...(endpoint.public ? { security: [] } : endpoint.audience === "portal" ? { security: [{ portalSession: [] }] } : {}),
      ...(params.length ? { parameters: params } : {}),
      ...(body ? { requestBody: { required: true, content: Object.fromEntries(mediaTypesOf(endpoint).map((type) => [type, { schema: body, example: exampleOf(body, schemas) }])) } } : {}),
      responses: {
        [endpoint.status]: {
          description: endpoint.status === 201 ? "Created" : "OK",
          headers: successHeaders(endpoint),
          content: {
            [endpoint.file ? endpoint.file.contentType.split(";")[0] : "application/json"]: {
              schema: response,
              example: endpoint.file ? "line,reasons,passport_no\n3,The passport number is missing.,\n" : exampleOf(response, schemas),
            },
          },
        },
        ...errorResponses(endpoint, schemaOf(ApiError), schemas),
      },
    };
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Worker Registry API",
      version: "1",
      description: API_GUIDE,
      contact: { name: "Worker Registry team, Ministry of Labour and Vocational Training", email: "registry@mlvt.gov.kh" },
      license: { name: "Proprietary: for the Ministry, its embassies and the clients it admits", identifier: "LicenseRef-MLVT-Proprietary" },
    },
    servers: [{ url: API_BASE, description: "This server; the path carries the API's major version" }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    security: [{ session: [] }, { apiToken: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          // Over HTTPS it is __Host-next-auth.session-token.
          name: "next-auth.session-token",
          description: "The session cookie set by signing in at /login",
        },
        apiToken: {
          type: "http",
          scheme: "bearer",
          description: "An API token issued by an administrator at /admin/tokens, shown once; it acts as the role and post it was issued for",
        },
        portalSession: {
          type: "apiKey",
          in: "cookie",
          name: PORTAL_COOKIE,
          description: "The session cookie set by a worker signing in at /portal with the slip's registration number, date of birth and access code",
        },
      },
    },
  };
}
