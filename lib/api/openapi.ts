import { z } from "zod";
import { PORTAL_COOKIE } from "@/lib/auth/portal-cookie";
import { CertificateRevocationInput, CourseInput, CoursePatch, EnrolInput, EnrolmentOutcomeInput } from "@/lib/schemas/course";
import { ImportUpload } from "@/lib/schemas/imports";
import { PublishedImportInput, PublishedSourceCorrection, PublishedSourceInput, QuotaInput } from "@/lib/schemas/reports";
import { StatusChangeInput, TransferInput, WorkerInput, WorkerPatch } from "@/lib/schemas/worker";
import { endpoints, TAGS, type Endpoint } from "./endpoints";
import { english, errorStatus } from "./error-response";
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
function parameters(schema: z.ZodType, where: "query" | "path"): JsonSchema[] {
  const { properties = {}, required = [] } = inline(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name,
    in: where,
    required: where === "path" || required.includes(name),
    ...(description ? { description } : {}),
    schema: property,
  }));
}

function errorResponses(endpoint: Endpoint, errorRef: JsonSchema): Record<string, JsonSchema> {
  const codes = [...endpoint.errors, ...(endpoint.body ? (["BAD_REQUEST", "TOO_LARGE"] as const) : [])];
  const byStatus = new Map<number, string[]>();
  for (const code of codes) {
    const status = errorStatus(code, { fromUrl: !endpoint.body });
    byStatus.set(status, [...(byStatus.get(status) ?? []), `${code}: ${english(`errors.${code}`)}`]);
  }
  byStatus.set(500, [`INTERNAL: ${english("errors.unexpected")}`]);
  return Object.fromEntries(
    [...byStatus].map(([status, descriptions]) => [String(status), { description: descriptions.join(" "), content: { "application/json": { schema: errorRef } } }]),
  );
}

/** What a body may be sent as: a PATCH is a JSON Merge Patch (RFC 7396), which plain JSON names too. */
function mediaTypesOf(endpoint: Endpoint): string[] {
  if (endpoint.multipart) return ["multipart/form-data"];
  return endpoint.method === "PATCH" ? ["application/merge-patch+json", "application/json"] : ["application/json"];
}

/** The OpenAPI 3.1 description of /api/v1, generated from the endpoints table and its zod schemas. */
export function openApiDocument() {
  const { schemas, refs } = componentSchemas();
  const schemaOf = (schema: z.ZodType) => refs.get(schema) ?? inline(schema);

  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [operationId, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    paths[endpoint.path] ??= {};
    const params = [...(endpoint.params ? parameters(endpoint.params, "path") : []), ...(endpoint.query ? parameters(endpoint.query, "query") : [])];
    paths[endpoint.path][endpoint.method.toLowerCase()] = {
      operationId,
      tags: [endpoint.tag],
      summary: endpoint.summary,
      ...(endpoint.public ? { security: [] } : endpoint.audience === "portal" ? { security: [{ portalSession: [] }] } : {}),
      ...(params.length ? { parameters: params } : {}),
      ...(endpoint.body ? { requestBody: { required: true, content: Object.fromEntries(mediaTypesOf(endpoint).map((type) => [type, { schema: schemaOf(endpoint.body!) }])) } } : {}),
      responses: {
        [endpoint.status]: {
          description: endpoint.status === 201 ? "Created" : "OK",
          content: { [endpoint.file ? endpoint.file.contentType.split(";")[0] : "application/json"]: { schema: schemaOf(endpoint.response) } },
        },
        ...errorResponses(endpoint, schemaOf(ApiError)),
      },
    };
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Worker Registry API",
      version: "1",
      description:
        "The register of Cambodian workers abroad. Signed-in staff only, with the same session cookie as the web pages, " +
        "or machine clients with an API token an administrator issued (`Authorization: Bearer wr_…`), acting as its role and post; " +
        "each account sees and changes what its role and post allow. The /portal endpoints answer a worker signed in to the " +
        "workers' portal instead, with their own records only. Errors are `{ error: { code, message, ... } }`.",
    },
    servers: [{ url: "/api/v1" }],
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
