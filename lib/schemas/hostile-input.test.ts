import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { csvRow } from "@/lib/csv";
import { CsvSyntaxError, parseCsv } from "@/lib/csv-records";
import { courseInput } from "@/lib/test/course-input";
import { checkEachKind, expectEveryKindChecked } from "@/lib/test/each-kind";
import { fieldErrorsOf } from "./common";
import { AttendanceInput, CourseInput, CourseListQuery, CourseUpdateInput, EnrolInput, EnrolmentOutcomeInput } from "./course";
import { BreakdownQuery, MonthlyQuery, PublishedSourceInput, QuotaInput } from "./reports";
import { PortalSignInInput } from "./portal";
import { PasswordChangeInput, UserCreateInput, UserUpdateInput } from "./user";
import { PASSPORT_PATTERN, StatusChangeInput, TransferInput, WorkerInput, WorkerUpdateInput } from "./worker";
import { WorkerListQuery } from "./worker-list";

const someId = "0f9c2a52-3b7e-4f0e-9a51-6c2d8e4b7a10";
const workerExample = { fullName: "Sok Dara", sex: "M", dateOfBirth: "1990-01-01", passportNo: "N1234567", provinceCode: "KH-14", destinationCountry: "TH", sector: "CONSTRUCTION", scheme: "MOU", status: "PRE_DEPARTURE" };

function withoutKeys(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/**
 * Every input schema the actions and the API validate with, each with inputs it must accept: the
 * generated cases below start from these and are valid or invalid by construction.
 */
const schemas: Record<string, { schema: z.ZodType; valid: Record<string, unknown>[] }> = {
  WorkerInput: { schema: WorkerInput, valid: [workerExample, { ...workerExample, fullNameKm: "សុខ ដារា", phone: "+66 81 234 5678", employer: "Siam Concrete", status: "DEPLOYED", deployedOn: "2024-02-01", contractEnd: "2026-01-31" }] },
  WorkerUpdateInput: { schema: WorkerUpdateInput, valid: [{ ...withoutKeys(workerExample, ["destinationCountry", "status"]), passportNo: "", version: 3 }] },
  StatusChangeInput: { schema: StatusChangeInput, valid: [{ status: "RETURNED", effectiveOn: "2024-01-31", version: 2 }] },
  TransferInput: { schema: TransferInput, valid: [{ destinationCountry: "kr", effectiveOn: "2024-01-31", employer: "Hyundai", version: 2 }] },
  WorkerListQuery: { schema: WorkerListQuery, valid: [{ q: "sok", status: "DEPLOYED", sector: "", province: "KH-14", sort: "name", limit: "50" }] },
  CourseInput: { schema: CourseInput, valid: [courseInput(), courseInput({ status: "", enrolmentDeadline: "" })] },
  CourseUpdateInput: { schema: CourseUpdateInput, valid: [courseInput({ version: 4 })] },
  CourseListQuery: { schema: CourseListQuery, valid: [{ status: "OPEN", q: "safety", from: "2024-01-01", page: "2" }] },
  EnrolInput: { schema: EnrolInput, valid: [{ workerId: someId }] },
  EnrolmentOutcomeInput: { schema: EnrolmentOutcomeInput, valid: [{ outcome: "COMPLETED", version: 1 }] },
  AttendanceInput: { schema: AttendanceInput, valid: [{ day: "2024-05-04", present: [someId] }, { day: "2024-05-04", present: someId }] },
  BreakdownQuery: { schema: BreakdownQuery, valid: [{ by: "sector", country: "TH", status: "" }] },
  MonthlyQuery: { schema: MonthlyQuery, valid: [{ country: "TH", from: "2024-01", to: "2024-06" }] },
  PublishedSourceInput: {
    schema: PublishedSourceInput,
    valid: [{ id: "mlvt-2024", title: "MLVT annual report", publishedOn: "2024-03-01", asOf: "2023-12-31", note: "", figures: [{ countryCode: "TH", workers: 1200 }] }],
  },
  QuotaInput: { schema: QuotaInput, valid: [{ countryCode: "th", year: 2026, workers: 40, note: "MoU intake" }] },
  UserCreateInput: { schema: UserCreateInput, valid: [{ email: "New.Officer@Example.org", name: "Sok Dara", role: "OFFICER", postId: someId }, { email: "m@example.org", name: "Chan", role: "MINISTRY", postId: "" }] },
  UserUpdateInput: { schema: UserUpdateInput, valid: [{ name: "Sok Dara", role: "ADMIN", version: 5 }] },
  PasswordChangeInput: { schema: PasswordChangeInput, valid: [{ currentPassword: "the old one", newPassword: "a river under the tamarind", confirmPassword: "a river under the tamarind" }] },
  PortalSignInInput: { schema: PortalSignInInput, valid: [{ registrationNo: "th26 0000042", dateOfBirth: "1990-01-01", accessCode: "abcde-fghjk" }] },
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

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const object = schema as unknown as { shape?: Record<string, z.ZodType>; def?: { in?: { shape?: Record<string, z.ZodType> } } };
  const shape = object.shape ?? object.def?.in?.shape;
  if (!shape) throw new Error("every input schema is an object");
  return shape;
}

/**
 * One generated input and what the schema must answer: `valid` ones are accepted; an unknown field,
 * a required field left out or a field holding an object are refused, naming the field; `hostile`
 * ones (no oracle) may go either way but never throw.
 */
type Case =
  | { kind: "valid"; input: Record<string, unknown> }
  | { kind: "unknown field" | "required field missing" | "wrong type"; field: string; input: Record<string, unknown> }
  | { kind: "hostile"; input: unknown };

function cases(schema: z.ZodType, valid: Record<string, unknown>[]): fc.Arbitrary<Case>[] {
  const shape = shapeOf(schema);
  const fields = Object.keys(shape);
  const required = fields.filter((field) => !shape[field].isOptional());
  const example = fc.constantFrom(...valid);
  const arbitraries: fc.Arbitrary<Case>[] = [
    example.map((input): Case => ({ kind: "valid", input })),
    fc.tuple(example, fc.string({ minLength: 1, maxLength: 20 }).filter((key) => !fields.includes(key)), hostileValue).map(
      ([input, field, value]): Case => ({ kind: "unknown field", field, input: { ...input, [field]: value } }),
    ),
    // A field the example fills, holding an object instead: no form or JSON field here takes one.
    example.chain((input) =>
      fc.tuple(fc.constantFrom(...Object.keys(input)), fc.object({ maxDepth: 1 })).map(
        ([field, value]): Case => ({ kind: "wrong type", field, input: { ...input, [field]: { ...value, nested: "object" } } }),
      ),
    ),
    fc.oneof(hostileValue, hostileRecord(fields)).map((input): Case => ({ kind: "hostile", input })),
  ];
  if (required.length) {
    arbitraries.push(fc.tuple(example, fc.constantFrom(...required)).map(([input, field]): Case => ({ kind: "required field missing", field, input: withoutKeys(input, [field]) })));
  }
  return arbitraries;
}

const RUNS = 60;

describe("hostile input to the schemas", () => {
  it.each(Object.entries(schemas))("%s accepts valid input, refuses invalid input by field, and never throws", async (_name, { schema, valid }) => {
    const kinds = cases(schema, valid);
    const counts = await checkEachKind(kinds, RUNS, (testCase) => {
      const parsed = schema.safeParse(testCase.input);
      const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
      for (const key of Object.values(errors).flat()) expect(key).toMatch(/^[a-z][A-Za-z]*(\.[A-Za-z][A-Za-z0-9]*)+$/);
      switch (testCase.kind) {
        case "valid":
          expect(parsed.error?.issues ?? []).toEqual([]);
          return true;
        case "unknown field":
          expect(errors._form).toContain("validation.unknownField");
          return true;
        case "required field missing":
        case "wrong type":
          expect(Object.keys(errors).filter((path) => path === testCase.field || path.startsWith(`${testCase.field}.`))).not.toEqual([]);
          return true;
        case "hostile":
          return false;
      }
    });
    expectEveryKindChecked(counts, kinds.length, RUNS, ["hostile"]);
  });

  it("lets through only names and passports of the registry's shape, whatever is typed", async () => {
    const base = { sex: "F", dateOfBirth: "1995-05-05", provinceCode: "KH-3", destinationCountry: "KR", sector: "MANUFACTURING", scheme: "EPS", status: "PRE_DEPARTURE" };
    const latinName = fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{0,40}$/);
    // Typed with the spaces and dashes people put between groups.
    const passport = fc.stringMatching(/^[A-Za-z]{1,2}[ -]?\d{3}[ -]?\d{3,5}$/);
    const khmerName = fc.stringMatching(/^[\u1780-\u17FF]{1,20}( [\u1780-\u17FF]{1,20})?$/);
    const insert = (text: fc.Arbitrary<string>, intruders: string) =>
      fc.tuple(text, fc.constantFrom(...intruders), fc.nat()).map(([value, intruder, at]) => {
        const position = 1 + (at % value.length);
        return value.slice(0, position) + intruder + value.slice(position);
      });
    type NameCase = { kind: "valid" | "bad name" | "bad passport" | "bad Khmer name" | "hostile"; fullName: string; passportNo: string; fullNameKm: string };
    const nameCase = (kind: NameCase["kind"], fullName: fc.Arbitrary<string>, passportNo: fc.Arbitrary<string>, fullNameKm: fc.Arbitrary<string>) =>
      fc.record({ fullName, passportNo, fullNameKm }).map((fields): NameCase => ({ kind, ...fields }));
    const kinds = [
      nameCase("valid", latinName, passport, khmerName),
      nameCase("bad name", insert(latinName, "<>\"=;0123456789@\u0000ក"), passport, khmerName),
      nameCase("bad passport", latinName, fc.oneof(fc.stringMatching(/^[A-Z]{3,5}\d{6,8}$/), fc.stringMatching(/^[A-Z]{1,2}\d{1,5}$/), insert(passport, "<'_/ក")), khmerName),
      nameCase("bad Khmer name", latinName, passport, insert(khmerName, "<>\"'=;aZ1")),
      nameCase("hostile", hostileString, hostileString, hostileString),
    ];
    const runs = 200;
    let accepted = 0;
    const counts = await checkEachKind(kinds, runs, ({ kind, ...typed }) => {
      const parsed = WorkerInput.safeParse({ ...base, ...typed });
      const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
      // Whatever got through, the hostile inputs included, has the registry's shape.
      if (parsed.success) {
        accepted++;
        expect(parsed.data.fullName).toMatch(/^[A-Z][A-Z .'-]*$/);
        expect(parsed.data.passportNo).toMatch(PASSPORT_PATTERN);
        expect(parsed.data.fullNameKm ?? "").not.toMatch(/[<>"'=;]/);
      }
      if (kind === "valid") expect(errors).toEqual({});
      else if (kind === "bad name") expect(errors.fullName).toEqual(["validation.latinName"]);
      else if (kind === "bad passport") expect(errors.passportNo).toEqual(["validation.passport"]);
      else if (kind === "bad Khmer name") expect(errors.fullNameKm).toEqual(["validation.khmerName"]);
      else return false;
      return true;
    });
    expectEveryKindChecked(counts, kinds.length, runs, ["hostile"]);
    // The valid ones, at least, reached the check on what is let through.
    expect(accepted).toBeGreaterThanOrEqual(runs);
  });

  it("refuses any field a schema does not know", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((key) => !Object.keys(shapeOf(WorkerInput)).includes(key)), hostileValue, (key, value) => {
        expect(WorkerInput.safeParse(workerExample).success).toBe(true);
        expect(WorkerInput.safeParse({ ...workerExample, [key]: value }).success).toBe(false);
      }),
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
