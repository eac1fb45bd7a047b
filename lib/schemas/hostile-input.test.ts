import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { csvRow } from "@/lib/csv";
import { CsvSyntaxError, parseCsv } from "@/lib/csv-records";
import { fieldErrorsOf } from "./common";
import { AttendanceInput, CourseInput, CourseListQuery, CourseUpdateInput, EnrolInput, EnrolmentOutcomeInput } from "./course";
import { BreakdownQuery, MonthlyQuery, PublishedSourceInput, QuotaInput } from "./reports";
import { PortalSignInInput } from "./portal";
import { PasswordChangeInput, UserCreateInput, UserUpdateInput } from "./user";
import { PASSPORT_PATTERN, StatusChangeInput, TransferInput, WorkerInput, WorkerUpdateInput } from "./worker";
import { WorkerListQuery } from "./worker-list";

/** Every input schema the actions and the API validate with. */
const schemas: Record<string, z.ZodType> = {
  WorkerInput,
  WorkerUpdateInput,
  StatusChangeInput,
  TransferInput,
  WorkerListQuery,
  CourseInput,
  CourseUpdateInput,
  CourseListQuery,
  EnrolInput,
  EnrolmentOutcomeInput,
  AttendanceInput,
  BreakdownQuery,
  MonthlyQuery,
  PublishedSourceInput,
  QuotaInput,
  UserCreateInput,
  UserUpdateInput,
  PasswordChangeInput,
  PortalSignInInput,
};

/** What attackers and clumsy clients send: markup, SQL, control and bidi characters, Khmer, long runs. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'; DROP TABLE \"Worker\"; --",
    "=HYPERLINK(\"http://evil\")",
    "\u0000\u0001\u202e\ufeff",
    "សុខ <b>ចាន់</b>",
    "__proto__",
    "constructor",
    "9999-99-99",
    "-1",
    "1e309",
  ),
  fc.string({ minLength: 1000, maxLength: 5000 }),
);

const hostileValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostileString, { maxLength: 3 }), fc.object({ maxDepth: 2 }));

/** A record with the schema's own field names (as a form would send) and a few more. */
function hostileRecord(fields: string[]) {
  return fc.dictionary(fc.oneof(fc.constantFrom(...fields, "__proto__", "role", "postId"), fc.string()), hostileValue, { maxKeys: fields.length + 3 });
}

function fieldNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } }).shape;
  return Object.keys(shape ?? {}).length ? Object.keys(shape!) : ["q", "status", "version", "name", "email"];
}

describe("hostile input to the schemas", () => {
  it.each(Object.entries(schemas))("%s never throws, and answers either data or message keys", (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, hostileRecord(fieldNames(schema))), (input) => {
        const parsed = schema.safeParse(input);
        if (!parsed.success) {
          for (const messages of Object.values(fieldErrorsOf(parsed.error))) {
            for (const key of messages) expect(key).toMatch(/^[a-z][A-Za-z]*(\.[A-Za-z][A-Za-z0-9]*)+$/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("refuses any field a schema does not know", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((key) => !fieldNames(WorkerInput).includes(key)), hostileValue, (key, value) => {
        const valid = { fullName: "SOK DARA", sex: "M", dateOfBirth: "1990-01-01", passportNo: "N1234567", provinceCode: "KH-14", destinationCountry: "TH", sector: "CONSTRUCTION", scheme: "MOU", status: "PRE_DEPARTURE" };
        expect(WorkerInput.safeParse(valid).success).toBe(true);
        expect(WorkerInput.safeParse({ ...valid, [key]: value }).success).toBe(false);
      }),
    );
  });

  it("lets through only names and passports of the registry's shape, whatever is typed", () => {
    const base = { sex: "F", dateOfBirth: "1995-05-05", provinceCode: "KH-3", destinationCountry: "KR", sector: "MANUFACTURING", scheme: "EPS", status: "PRE_DEPARTURE" };
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, (fullName, passportNo, fullNameKm) => {
        const parsed = WorkerInput.safeParse({ ...base, fullName, passportNo, fullNameKm });
        if (parsed.success) {
          expect(parsed.data.fullName).toMatch(/^[A-Z][A-Z .'-]*$/);
          expect(parsed.data.passportNo).toMatch(PASSPORT_PATTERN);
          expect(parsed.data.fullNameKm ?? "").not.toMatch(/[<>"'=;]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("hostile input to the CSV parser", () => {
  it("reads any text into rows of strings, or refuses a quote left open with a CsvSyntaxError: nothing else", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.array(fc.constantFrom('"', ",", "\n", "\r", "\r\n", "a", "\uFEFF", "ក")).map((parts) => parts.join(""))), (text) => {
        let rows: string[][] = [];
        try {
          rows = parseCsv(text);
        } catch (error) {
          expect(error).toBeInstanceOf(CsvSyntaxError);
          expect(text).toContain('"');
        }
        for (const row of rows) expect(row.every((cell) => typeof cell === "string")).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads back exactly the cells it wrote, quotes, commas and line breaks included", () => {
    const cell = fc.string({ unit: "grapheme" }).filter((value) => !/^[=+\-@\t\r]/.test(value));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const nonBlank = rows.filter((row) => row.some((value) => value.trim() !== ""));
        const text = nonBlank.map((row) => csvRow(row)).join("\r\n");
        expect(parseCsv(text)).toEqual(nonBlank);
      }),
      { numRuns: 500 },
    );
  });
});
