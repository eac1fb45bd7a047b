import { csvRow } from "@/lib/csv";
import { randomKhmerWord, randomLatinName } from "./random-person";

/**
 * Import files for tests: rows in the template's columns for workers no other test has. Pure:
 * shared by the integration tests and the end-to-end tests.
 */
export const TEMPLATE_HEADER = [
  "registration_no",
  "passport_no",
  "full_name",
  "full_name_km",
  "sex",
  "date_of_birth",
  "phone",
  "province_of_origin",
  "destination_country",
  "employer",
  "sector",
  "scheme",
  "deployed_on",
  "contract_end",
  "status",
];

type Row = Partial<Record<(typeof TEMPLATE_HEADER)[number], string>>;

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

/** A CSV file of rows under a header (the template's unless given), as a spreadsheet would save it. */
export function csvFile(rows: Row[], header = TEMPLATE_HEADER, { bom = true } = {}): Buffer {
  const text = [csvRow(header), ...rows.map((row) => csvRow(TEMPLATE_HEADER.filter((c) => header.includes(c)).map((column) => row[column] ?? "")))].join("");
  return Buffer.from(`${bom ? "\uFEFF" : ""}${text}`, "utf8");
}
