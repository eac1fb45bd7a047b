import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXPECTED_API_OPERATIONS } from "@/lib/test/api-operations";
import { openApiDocument } from "./openapi";

type Operation = {
  parameters?: { name: string; in: string; required: boolean; schema: { enum?: string[] } }[];
  requestBody?: { content: { "application/json": { schema: { $ref: string } } } };
  responses: Record<string, { content: { "application/json": { schema: { $ref?: string } } } }>;
};
type ObjectSchema = { properties: Record<string, { format?: string; enum?: string[] }>; required?: string[]; additionalProperties?: boolean };

const document = openApiDocument();
const paths = document.paths as Record<string, Record<string, Operation>>;
const schemas = document.components.schemas as Record<string, ObjectSchema>;
const operation = (method: string, route: string) => paths[route]?.[method];
const bodySchema = (method: string, route: string) => {
  const ref = operation(method, route)?.requestBody?.content["application/json"].schema.$ref ?? "";
  return schemas[ref.replace("#/components/schemas/", "")];
};


describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 served under /api/v1", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "/api/v1", description: expect.any(String) }]);
  });

  it("has every path and method, and nothing else", () => {
    const operations = Object.entries(paths).flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method} ${route}`));
    expect(operations.sort()).toEqual([...EXPECTED_API_OPERATIONS].sort());
  });

  it("describes only endpoints that have a route handler", () => {
    for (const entry of EXPECTED_API_OPERATIONS) {
      const [method, route] = entry.split(" ");
      const file = path.join(import.meta.dirname, "../../app/api/v1", route.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, "utf8")).toMatch(new RegExp(`apiRoutes\\(\\{[^}]*\\b${method.toUpperCase()}: `));
    }
  });

  it("describes registration with the worker's fields, refusing any other", () => {
    const body = bodySchema("post", "/workers");
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining(["fullName", "fullNameKm", "sex", "dateOfBirth", "passportNo", "phone", "provinceCode", "destinationCountry", "sector", "scheme", "status", "confirmDuplicate"]),
    );
    expect(body.required).toEqual(expect.arrayContaining(["fullName", "sex", "dateOfBirth", "passportNo", "provinceCode", "destinationCountry", "sector", "scheme"]));
    expect(body.required).not.toContain("status");
    expect(body.properties.sector.enum).toContain("CONSTRUCTION");
    expect(body.additionalProperties).toBe(false);
  });

  it("describes a correction with the version it applies to, and neither destination nor status", () => {
    const body = bodySchema("patch", "/workers/{id}");
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(["fullName", "passportNo", "dateOfBirth", "version"]));
    // A merge patch: only what changes is sent, so nothing is required (the version may come as If-Match).
    expect(body.required ?? []).toEqual([]);
    expect(body.properties).not.toHaveProperty("destinationCountry");
    expect(body.properties).not.toHaveProperty("status");
  });

  it("describes transfers and status changes", () => {
    expect(bodySchema("post", "/workers/{id}/transfer").required).toEqual(expect.arrayContaining(["destinationCountry", "effectiveOn", "version"]));
    const statusChange = bodySchema("post", "/workers/{id}/status");
    expect(statusChange.required).toEqual(expect.arrayContaining(["status", "effectiveOn", "version"]));
    expect(statusChange.properties.status.enum).toContain("RETURNED");
  });

  it("lists the worker list's filters as query parameters", () => {
    const parameters = operation("get", "/workers")!.parameters!;
    expect(parameters.map((p) => p.name).sort()).toEqual(
      ["q", "status", "sector", "scheme", "sex", "province", "country", "deployedFrom", "deployedTo", "contractEndFrom", "contractEndTo", "returnedFrom", "returnedTo", "missing", "likelyDuplicate", "sort", "dir", "cursor", "limit"].sort(),
    );
    expect(parameters.every((p) => p.in === "query" && !p.required)).toBe(true);
    expect(parameters.find((p) => p.name === "status")!.schema.enum).toContain("DEPLOYED");
    expect(operation("get", "/workers/{id}")!.parameters).toEqual([expect.objectContaining({ name: "id", in: "path", required: true })]);
  });

  it("describes responses as they travel: masked passports, calendar dates as dates", () => {
    const detail = schemas.WorkerDetail;
    expect(detail.properties).toHaveProperty("passportMasked");
    expect(detail.properties).not.toHaveProperty("passportNo");
    expect(detail.properties.dateOfBirth.format).toBe("date");
    expect(detail.properties.createdAt.format).toBe("date-time");
    expect(operation("get", "/workers/{id}")!.responses["200"].content["application/json"].schema.$ref).toBe("#/components/schemas/WorkerDetail");
    expect(operation("post", "/workers")!.responses["201"].content["application/json"].schema.$ref).toBe("#/components/schemas/CreatedWorker");
  });

  it("gives each endpoint its refusals, all in the error shape", () => {
    const statuses = (method: string, route: string) => Object.keys(operation(method, route)!.responses).sort();
    expect(statuses("get", "/workers")).toEqual(["200", "400", "401", "403", "500", "503"]);
    expect(statuses("post", "/workers")).toEqual(["201", "400", "401", "403", "409", "413", "422", "500", "503"]);
    expect(statuses("get", "/workers/{id}")).toEqual(["200", "400", "401", "403", "404", "500", "503"]);
    expect(statuses("patch", "/workers/{id}")).toEqual(["200", "400", "401", "403", "404", "409", "412", "413", "422", "500", "503"]);
    const error = operation("patch", "/workers/{id}")!.responses["409"].content["application/json"].schema;
    expect(error.$ref).toBe("#/components/schemas/ApiError");
    const body = schemas.ApiError.properties.error as unknown as ObjectSchema;
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(["code", "message", "fields", "current", "duplicates", "requestId"]));
  });

  it("describes the reports' query parameters and answers", () => {
    const breakdown = operation("get", "/reports/breakdown")!.parameters!;
    expect(breakdown.map((p) => p.name).sort()).toEqual(["by", "country", "status"]);
    expect(breakdown.find((p) => p.name === "by")).toMatchObject({ required: true, schema: { enum: ["sector", "sex", "province", "scheme", "status"] } });
    expect(operation("get", "/reports/monthly")!.parameters!.map((p) => p.name).sort()).toEqual(["country", "from", "to"]);
    expect(operation("get", "/quotas")!.parameters!.map((p) => p.name)).toEqual(["year"]);
    const row = (schemas.DestinationReport.properties.rows as unknown as { items: ObjectSchema }).items;
    expect(Object.keys(row.properties)).toEqual(expect.arrayContaining(["country", "registered", "published"]));
    const comparison = (row.properties.published as unknown as { items: ObjectSchema }).items;
    expect(Object.keys(comparison.properties)).toEqual(expect.arrayContaining(["sourceId", "title", "asOf", "workers", "gap", "coverage"]));
    expect(comparison.properties.asOf.format).toBe("date");
  });

  it("describes published sources: new ones with an id, corrections with the version and without one", () => {
    const created = bodySchema("post", "/published-figures");
    expect(created.required).toEqual(expect.arrayContaining(["id", "title", "publishedOn", "asOf", "figures"]));
    expect(created.required).not.toContain("version");
    const corrected = bodySchema("put", "/published-figures/{id}");
    expect(corrected.required).toEqual(expect.arrayContaining(["title", "publishedOn", "asOf", "figures", "version"]));
    expect(corrected.properties).not.toHaveProperty("id");
    expect(bodySchema("post", "/published-figures/import").properties).toHaveProperty("dryRun");
    expect(bodySchema("put", "/quotas").required).toEqual(expect.arrayContaining(["countryCode", "year", "workers"]));
    const statuses = (method: string, route: string) => Object.keys(operation(method, route)!.responses).sort();
    expect(statuses("put", "/published-figures/{id}")).toEqual(["200", "400", "401", "403", "404", "409", "412", "413", "422", "500", "503"]);
    expect(statuses("post", "/published-figures/{id}/retire")).toEqual(["200", "400", "401", "403", "404", "500", "503"]);
    expect(statuses("put", "/quotas")).toEqual(["200", "400", "401", "403", "409", "413", "422", "500", "503"]);
  });

  it("describes courses and enrolments: the course's fields, the roster, enrolling and outcomes", () => {
    const created = bodySchema("post", "/courses");
    expect(created.required).toEqual(expect.arrayContaining(["titleEn", "titleKm", "provider", "place", "startsOn", "endsOn", "capacity"]));
    expect(created.required).not.toContain("status");
    expect(created.properties.status.enum).toEqual(["PLANNED", "OPEN", "RUNNING", "FINISHED", "CANCELLED"]);
    expect(created.additionalProperties).toBe(false);
    expect(Object.keys(bodySchema("patch", "/courses/{id}").properties)).toEqual(expect.arrayContaining(["status", "capacity", "version"]));
    expect(bodySchema("post", "/courses/{id}/enrolments").required).toEqual(["workerId"]);
    expect(bodySchema("patch", "/courses/{id}/enrolments/{enrolmentId}").properties.outcome.enum).toEqual(["WITHDRAWN", "COMPLETED", "NO_SHOW"]);
    expect(operation("get", "/courses")!.parameters!.map((p) => p.name).sort()).toEqual(["from", "page", "q", "status", "to"]);
    expect(operation("patch", "/courses/{id}/enrolments/{enrolmentId}")!.parameters!.map((p) => [p.name, p.in])).toEqual([
      ["id", "path"],
      ["enrolmentId", "path"],
    ]);
    expect(schemas.NewEnrolment.properties.status.enum).toEqual(["ENROLLED", "WAITLISTED"]);
    expect(schemas.CourseSummary.properties.startsOn.format).toBe("date");
    const statuses = (method: string, route: string) => Object.keys(operation(method, route)!.responses).sort();
    expect(statuses("post", "/courses/{id}/enrolments")).toEqual(["201", "400", "401", "403", "404", "409", "413", "422", "500", "503"]);
  });

  it("describes the workers' portal with its own session cookie and the worker's enrolments only", () => {
    const portal = operation("get", "/portal/enrolments") as Operation & { security?: unknown };
    expect(portal.security).toEqual([{ portalSession: [] }]);
    expect(Object.keys(portal.responses).sort()).toEqual(["200", "400", "401", "500", "503"]);
    expect(portal.responses["200"].content["application/json"].schema.$ref).toBe("#/components/schemas/PortalEnrolmentList");
    const enrolment = schemas.PortalEnrolment;
    expect(Object.keys(enrolment.properties)).toEqual(
      expect.arrayContaining(["course", "status", "waitlistRank", "daysPresent", "daysAbsent", "certificateNo"]),
    );
    expect(enrolment.properties).not.toHaveProperty("workerId");
    const schemes = (document.components as unknown as { securitySchemes: Record<string, { in: string; name: string }> }).securitySchemes;
    expect(schemes.portalSession).toMatchObject({ in: "cookie", name: "portal-session" });
  });

  it("accepts staff through the session cookie or an API token", () => {
    expect(document.security).toEqual([{ session: [] }, { apiToken: [] }]);
    const schemes = (document.components as unknown as { securitySchemes: Record<string, { type: string; scheme?: string }> }).securitySchemes;
    expect(schemes.apiToken).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("describes the import: a multipart upload with its file, the job it answers, the rejected rows as CSV", () => {
    type Content = Record<string, { schema: { $ref?: string; type?: string } }>;
    const upload = operation("post", "/imports") as unknown as { requestBody: { content: Content }; responses: Record<string, { content: Content }> };
    const ref = upload.requestBody.content["multipart/form-data"].schema.$ref!;
    const body = schemas[ref.replace("#/components/schemas/", "")];
    expect(Object.keys(body.properties).sort()).toEqual(["dryRun", "file", "postId"]);
    expect(body.properties.file.format).toBe("binary");
    expect(upload.responses["201"].content["application/json"].schema.$ref).toBe("#/components/schemas/ImportJob");
    expect(Object.keys(schemas.ImportJob.properties)).toEqual(expect.arrayContaining(["status", "rowsRead", "created", "updated", "rejected", "progress"]));
    const rejected = operation("get", "/imports/{id}/rejected.csv") as unknown as { responses: Record<string, { content: Content }> };
    expect(rejected.responses["200"].content["text/csv"].schema.type).toBe("string");
  });

  it("refers only to schemas it defines", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(Object.keys(schemas).map((id) => `#/components/schemas/${id}`)).toContain(ref);
  });
});
