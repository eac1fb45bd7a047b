type JsonSchema = Record<string, unknown>;

/**
 * Examples for the OpenAPI document, made from each schema so that they always conform to it:
 * the values a field of that name holds in the register (a Bangkok worker, the ministry's 2021
 * figures), or a plain value of the schema's type and format.
 */
const BY_NAME: Record<string, unknown> = {
  id: "7b0a4a8e-3f64-4c55-9d4e-0c1c2f8b9a10",
  registrationNo: "TH26-0000042",
  fullName: "SOK DARA",
  fullNameKm: "សុខ ដារា",
  passportNo: "N0123456",
  passportMasked: "••••3456",
  phone: "+66812345678",
  provinceCode: "KH-14",
  province: "KH-14",
  destinationCountry: "TH",
  countryCode: "TH",
  country: "TH",
  code: "TH",
  nameEn: "Thailand",
  nameKm: "ថៃ",
  employer: "Siam Concrete Works Co., Ltd.",
  name: "Royal Embassy of Cambodia in Bangkok",
  postName: "Royal Embassy of Cambodia in Bangkok",
  sourceId: "molvt-2021",
  title: "Annual report of the Ministry of Labour and Vocational Training",
  titleEn: "Thai language and workplace safety",
  titleKm: "ភាសាថៃ និងសុវត្ថិភាពការងារ",
  provider: "Bangkok Labour Office",
  place: "Bangkok Labour Office, training room 2",
  scheduleNote: "Saturdays and Sundays, 09:00 to 16:00",
  note: "Rounded to the thousand",
  certificateNo: "CERT-2026-000042",
  reason: "Issued in error: the worker did not attend",
  fileName: "bangkok-register.csv",
  month: "2026-03",
  from: "2025-04",
  to: "2026-03",
  key: "CONSTRUCTION",
  message: "This field is required.",
  csv: "source_id,source_title,published_on,as_of,country_iso2,country_name,workers,note\nmolvt-2021,MLVT annual report,2022-03-28,2021-12-31,TH,Thailand,1220197,\n",
  cursor: "WyJ3b3JrZXJzOnJlZ2lzdGVyZWQ6ZGVzYyIsIjIwMjYtMDEtMDVUMDg6MzA6MDAuMDAwWiIsIjdiMGE0YThlLTNmNjQtNGM1NS05ZDRlLTBjMWMyZjhiOWExMCJd",
  nextCursor: "WyJ3b3JrZXJzOnJlZ2lzdGVyZWQ6ZGVzYyIsIjIwMjYtMDEtMDVUMDg6MzA6MDAuMDAwWiIsIjdiMGE0YThlLTNmNjQtNGM1NS05ZDRlLTBjMWMyZjhiOWExMCJd",
  requestId: "4f6c1d2e-8a3b-4c5d-9e0f-1a2b3c4d5e6f",
  q: "sok",
  workers: 1220197,
  capacity: 25,
  version: 3,
  year: 2026,
  limit: 25,
  page: 1,
};

const BY_FORMAT: Record<string, string> = {
  date: "2026-01-15",
  "date-time": "2026-01-15T08:30:00.000Z",
  uuid: "7b0a4a8e-3f64-4c55-9d4e-0c1c2f8b9a10",
  email: "officer.th@registry.test",
  binary: "(the file's bytes)",
};

function resolve(schema: JsonSchema, schemas: Record<string, JsonSchema>): JsonSchema {
  const ref = schema.$ref as string | undefined;
  return ref ? resolve(schemas[ref.replace("#/components/schemas/", "")], schemas) : schema;
}

function fits(value: unknown, schema: JsonSchema): boolean {
  if (typeof value === "number") {
    if (schema.type !== "integer" && schema.type !== "number") return false;
    return !(typeof schema.minimum === "number" && value < schema.minimum) && !(typeof schema.maximum === "number" && value > schema.maximum);
  }
  if (typeof value === "string") {
    if (schema.type !== "string" || (schema.enum && !(schema.enum as unknown[]).includes(value))) return false;
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) return false;
    if (typeof schema.maxLength === "number" && value.length > schema.maxLength) return false;
    return !schema.format || schema.format === "binary" || value === BY_FORMAT[schema.format as string];
  }
  return false;
}

/** An example value that `schema` accepts, with `name` the property it is the value of. */
export function exampleOf(schema: JsonSchema, schemas: Record<string, JsonSchema>, name?: string): unknown {
  const resolved = resolve(schema, schemas);
  if ("const" in resolved) return resolved.const;
  if (Array.isArray(resolved.enum)) return resolved.enum[0];
  const options = (resolved.anyOf ?? resolved.oneOf) as JsonSchema[] | undefined;
  if (options) {
    const real = options.filter((option) => resolve(option, schemas).type !== "null");
    return exampleOf(real[0] ?? options[0], schemas, name);
  }
  if (name && name in BY_NAME && fits(BY_NAME[name], resolved)) return BY_NAME[name];
  switch (resolved.type) {
    case "object": {
      const properties = (resolved.properties ?? {}) as Record<string, JsonSchema>;
      return Object.fromEntries(Object.entries(properties).map(([property, member]) => [property, exampleOf(member, schemas, property)]));
    }
    case "array":
      return [exampleOf((resolved.items ?? {}) as JsonSchema, schemas, name)];
    case "integer":
    case "number": {
      const minimum = typeof resolved.minimum === "number" ? resolved.minimum : typeof resolved.exclusiveMinimum === "number" ? resolved.exclusiveMinimum + 1 : 1;
      const maximum = typeof resolved.maximum === "number" ? resolved.maximum : Number.MAX_SAFE_INTEGER;
      return Math.min(minimum, maximum);
    }
    case "boolean":
      return name === "dryRun";
    case "null":
      return null;
    case "string":
      return BY_FORMAT[resolved.format as string] ?? "text";
    default:
      return null;
  }
}
