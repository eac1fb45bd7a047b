import { z } from "zod";
import { openApiDocument } from "@/lib/api/openapi";

/**
 * The OpenAPI document as a client reads it, to check the API's answers against: each operation
 * by its operationId, and validators made from the document's JSON Schemas (not from the zod
 * schemas it was generated from), formats such as `date` and `uuid` included.
 */
type JsonSchema = Record<string, unknown>;
export type Operation = {
  operationId: string;
  method: string;
  path: string;
  parameters?: { name: string; in: string; required: boolean; schema: JsonSchema; example?: unknown }[];
  requestBody?: { content: Record<string, { schema: JsonSchema; example?: unknown }> };
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema: JsonSchema }> }>;
  security?: unknown[];
};

export const apiDocument = JSON.parse(JSON.stringify(openApiDocument())) as {
  paths: Record<string, Record<string, Omit<Operation, "method" | "path">>>;
  components: { schemas: Record<string, JsonSchema> };
};

export const operations: Operation[] = Object.entries(apiDocument.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ ...operation, method: method.toUpperCase(), path })),
);

export const operation = (operationId: string) => operations.find((candidate) => candidate.operationId === operationId)!;

const defs = JSON.parse(JSON.stringify(apiDocument.components.schemas).replaceAll("#/components/schemas/", "#/$defs/"));

/** A validator of `schema`, a part of the document (its $refs resolved against the document's components). */
export function validatorOf(schema: JsonSchema): z.ZodType {
  const rooted = JSON.parse(JSON.stringify(schema).replaceAll("#/components/schemas/", "#/$defs/"));
  return z.fromJSONSchema({ ...rooted, $defs: defs } as Parameters<typeof z.fromJSONSchema>[0]);
}

/** The problems of `body` against the document's schema for the operation's `status` answer (none: conforms). */
export function problemsOf(op: Operation, status: number, body: unknown): string[] {
  const response = op.responses[String(status)];
  if (!response) return [`status ${status} is not documented for ${op.operationId}`];
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) return [];
  const parsed = validatorOf(schema).safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}
