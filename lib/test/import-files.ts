import { csvRow } from "@/lib/csv";
import { IMPORT_FIELDS, type ImportField } from "@/lib/imports/columns";
import { randomKhmerWord, randomLatinName } from "./random-person";

/**
 * Import files for tests: rows in the template's columns for workers no other test has. Pure:
 * shared by the integration tests and the end-to-end tests.
 */
type Row = Partial<Record<ImportField, string>>;

/** A row in the template's columns for a worker no test has: random name and passport. */
export function importRow(passport: string, overrides: Row = {}): Row {
  return {
    passport_no: passport,
    full_name: randomLatinName(),
    full_name_km: `សុខ ${randomKhmerWord(6)}`,
    sex: "F",
    date_of_birth: "1994-03-15",
    phone: "",
    province_of_origin: "Prey Veng",
    destination_country: "TH",
    employer: "Chonburi Seafood Processing",
    sector: "MANUFACTURING",
    scheme: "MOU",
    deployed_on: "2024-05-02",
    contract_end: "2026-05-01",
    status: "DEPLOYED",
    ...overrides,
  };
}

/** A CSV file of rows under the template's header, in UTF-8 with a BOM, as a spreadsheet saves it. */
export function csvFile(rows: Row[]): Buffer {
  const text = [csvRow(IMPORT_FIELDS), ...rows.map((row) => csvRow(IMPORT_FIELDS.map((column) => row[column] ?? "")))].join("");
  return Buffer.from(`\uFEFF${text}`, "utf8");
}
