import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { apiTokens, callApi, type ApiAnswer, type ApiCall } from "@/lib/test/api-client";
import { apiDocument, operations, validatorOf, type Operation } from "@/lib/test/api-document";

/**
 * Robustness, driven by the OpenAPI document: for every operation, requests that break its
 * contract (wrong types, missing and unknown fields, huge and unicode strings, NUL bytes, malformed
 * JSON, other content types, bad ids, impossible dates, forged cursors) as a caller allowed to call
 * it. Each is refused with a 4xx the document lists for the operation, in the documented error
 * envelope; none is ever answered 5xx, and none is taken.
 */
afterAll(() => db.$disconnect());

let officer: string;
let ministry: string;
beforeAll(async () => {
  ({ bangkok: officer, ministry } = await apiTokens());
});

type JsonSchema = Record<string, unknown>;
const errorEnvelope = validatorOf({ $ref: "#/components/schemas/ApiError" });
/** Ministry staff manage published figures and quotas and read reports; officers everything else. */
const callerOf = (op: Operation) => (["Published figures", "Quotas", "Reports"].includes((op as unknown as { tags: string[] }).tags[0]) ? ministry : officer);
const tested = operations.filter((op) => op.security?.length !== 0 && op.operationId !== "listPortalEnrolments");

function resolve(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref as string | undefined;
  return ref ? resolve(apiDocument.components.schemas[ref.replace("#/components/schemas/", "")]) : schema;
}

/** The operation's path with these parameters, or a real-looking UUID for each. */
function target(op: Operation, params: Record<string, string> = {}, query = ""): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? crypto.randomUUID())) + (query ? `?${query}` : "");
}

/** A refusal as the document promises it: a 4xx listed for the operation, in the error envelope. */
function expectRefused(op: Operation, answer: ApiAnswer, what: string) {
  expect(answer.status, `${op.operationId} ${what}: ${answer.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(answer.status, `${op.operationId} ${what}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
  expect(Object.keys(op.responses), `${op.operationId} ${what}: ${answer.status} undocumented`).toContain(String(answer.status));
  expect(errorEnvelope.safeParse(answer.body).success, `${op.operationId} ${what}: ${answer.text.slice(0, 300)}`).toBe(true);
}

const send = (op: Operation, call: ApiCall & { params?: Record<string, string>; query?: string }) =>
  callApi(callerOf(op), target(op, call.params, call.query), { ...call, method: op.method });

/** The JSON types a schema takes (through anyOf, as for a nullable field). */
function typesOf(schema: JsonSchema): string[] {
  const resolved = resolve(schema);
  const options = resolved.anyOf as JsonSchema[] | undefined;
  return options ? options.flatMap(typesOf) : [String(resolved.type)];
}

/** Values of a JSON type the property does not take. */
function wrongTypes(schema: JsonSchema): fc.Arbitrary<unknown> {
  const types = typesOf(schema);
  const others: fc.Arbitrary<unknown>[] = [fc.constant({ nested: true }), fc.array(fc.integer(), { maxLength: 3 })];
  if (!types.includes("string")) others.push(fc.string(), fc.constant("1"));
  if (!types.includes("integer") && !types.includes("number")) others.push(fc.integer(), fc.double({ noNaN: true }));
  if (types.includes("integer")) others.push(fc.constant(1.5), fc.constant(1e300));
  if (!types.includes("boolean")) others.push(fc.boolean());
  if (!types.includes("null")) others.push(fc.constant(null));
  return fc.oneof(...others);
}

/** Strings no field takes: with a NUL byte (PostgreSQL text cannot hold one), or past the body's 256 KB. */
const refusedString = fc.oneof(fc.string().map((text) => `${text}\u0000${text}`), fc.constant("x".repeat(300_000)));

/** Strings a field with a format, a pattern or a list of values does not take: impossible dates, Khmer digits, injections. */
function offPattern(schema: JsonSchema): fc.Arbitrary<string> | null {
  const resolved = resolve(schema);
  if (!resolved.format && !resolved.pattern && !resolved.enum) return null;
  const odd = ["2001-02-30", "0000-00-00", "១២៣", "\u202e", "' OR 1=1 --", "%00", "../../etc/passwd", ""];
  return fc.constantFrom(...odd.filter((value) => !validatorOf(resolved).safeParse(value).success));
}

const bodyOps = tested.filter((op) => op.requestBody?.content["application/json"]);
const pathOps = tested.filter((op) => op.path.includes("{"));
const queryOps = tested.filter((op) => op.parameters?.some((parameter) => parameter.in === "query"));

describe("requests that break the contract", () => {
  it.each(bodyOps.map((op) => [op.operationId, op] as const))("%s: bodies of the wrong shape are refused with a documented 4xx", async (_, op) => {
    const { schema, example } = op.requestBody!.content["application/json"];
    const properties = (resolve(schema).properties ?? {}) as Record<string, JsonSchema>;
    const required = (resolve(schema).required ?? []) as string[];
    const fields = Object.keys(properties);
    const base = example as Record<string, unknown>;
    const mutated = fc.oneof(
      // A field of the wrong type, or a string it does not take.
      fc
        .constantFrom(...fields)
        .chain((field) => fc.oneof(...[wrongTypes(properties[field]), refusedString, offPattern(properties[field])].filter((value) => value !== null)).map((value) => ({ ...base, [field]: value }))),
      // An unknown field; a required one left out; no object at all.
      fc.string({ minLength: 1, maxLength: 20 }).filter((name) => !fields.includes(name)).map((name) => ({ ...base, [name]: 1 })),
      ...(required.length ? [fc.constantFrom(...required).map((field) => Object.fromEntries(Object.entries(base).filter(([name]) => name !== field)))] : []),
      fc.constantFrom<unknown>([], "text", 42, null, true),
    );
    await fc.assert(
      fc.asyncProperty(mutated, async (body) => expectRefused(op, await send(op, { body }), JSON.stringify(body).slice(0, 200))),
      { numRuns: 25 },
    );
    for (const [rawBody, headers] of [
      ['{"version": ', {}],
      ["", {}],
      ["\u0000", {}],
      [JSON.stringify(base), { "content-type": "text/plain" }],
      [JSON.stringify(base), { "content-type": "application/x-www-form-urlencoded" }],
      ["not json at all", { "content-type": "application/json; charset=utf-8" }],
    ] as const) {
      expectRefused(op, await send(op, { rawBody, headers }), `raw ${JSON.stringify(rawBody)} ${JSON.stringify(headers)}`);
    }
  });

  it.each(pathOps.map((op) => [op.operationId, op] as const))("%s: ids that name nothing are refused with a documented 4xx", async (_, op) => {
    const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    // (Not "." or "..": a URL resolves them away, so they name another path, not a bad id.)
    const badId = fc.oneof(fc.string({ minLength: 1 }).filter((id) => id !== "." && id !== ".."), fc.constantFrom("-".repeat(36), "\u0000", "00000000-0000-0000-0000-00000000000g", "x".repeat(5000), "%", "ឈ្មោះ"));
    const body = op.requestBody?.content["application/json"]?.example;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), badId, async (name, id) => {
        expectRefused(op, await send(op, { params: { [name]: id }, ...(body !== undefined ? { body } : {}) }), `${name}=${JSON.stringify(id).slice(0, 80)}`);
      }),
      { numRuns: 15 },
    );
  });

  it.each(queryOps.map((op) => [op.operationId, op] as const))("%s: query parameters of the wrong form are refused with a 400", async (_, op) => {
    const parameters = op.parameters!.filter((parameter) => parameter.in === "query");
    const forged = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");
    const wrong = (parameter: { name: string; schema: JsonSchema }): fc.Arbitrary<string> => {
      const schema = resolve(parameter.schema);
      if (parameter.name === "cursor") return fc.constantFrom("%00", forged(["abc", "x", "y"]), forged(["workers:name:asc", "A\u0000", crypto.randomUUID()]), "not a cursor", forged(["imports:newest", "2026-02-30T00:00:00.000Z", crypto.randomUUID()]));
      // (An empty parameter is as if it were not given, as the pages' filter forms send them.)
      if (schema.type === "integer") return fc.constantFrom("1e3", "0x10", "-1", "1.5", " 5", "99999999999", "NaN");
      if (schema.format === "date") return fc.constantFrom("2001-02-30", "2024-13-01", "01/02/2024", "today", "2024-1-1");
      if (schema.enum) return fc.string({ minLength: 1 }).filter((value) => !(schema.enum as string[]).includes(value));
      if (schema.pattern) return fc.oneof(fc.constantFrom("th", "\u0000", "x".repeat(400)), fc.string({ minLength: 1 }).filter((value) => !new RegExp(schema.pattern as string).test(value)));
      return fc.constant("\u0000");
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...parameters), fc.boolean(), async (parameter, repeat) => {
        const value = await fc.sample(wrong(parameter), 1)[0];
        const query = new URLSearchParams([[parameter.name, value]]);
        if (repeat) query.append(parameter.name, value);
        const answer = await send(op, { query: query.toString() });
        expectRefused(op, answer, `${query}`.slice(0, 120));
        expect(answer.status).toBe(400);
      }),
      { numRuns: 20 },
    );
    expectRefused(op, await send(op, { query: "unknownParameter=1" }), "unknown parameter");
  });
});
