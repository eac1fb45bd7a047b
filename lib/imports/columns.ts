import en from "@/messages/en.json" with { type: "json" };
import km from "@/messages/km.json" with { type: "json" };

/**
 * The columns of an import file, in the template's order. Each is known by its name here and by
 * the label the registry shows for it in English and in Khmer (messages `worker.*`), whatever the
 * case, spacing or punctuation of the header, so a header row in either language is accepted.
 */
export const IMPORT_COLUMNS = [
  { field: "registration_no", label: "registrationNo", required: false, aliases: ["registration_number", "reg_no"] },
  { field: "passport_no", label: "passportNo", required: true, aliases: ["passport", "passport_number"] },
  { field: "full_name", label: "fullName", required: true, aliases: ["name", "name_latin"] },
  { field: "full_name_km", label: "fullNameKm", required: false, aliases: ["name_km", "khmer_name"] },
  { field: "sex", label: "sex", required: true, aliases: ["gender"] },
  { field: "date_of_birth", label: "dateOfBirth", required: true, aliases: ["dob", "birth_date"] },
  { field: "phone", label: "phone", required: false, aliases: ["phone_number", "telephone"] },
  { field: "province_of_origin", label: "provinceCode", required: true, aliases: ["province"] },
  { field: "destination_country", label: "destinationCountry", required: true, aliases: ["destination", "country"] },
  { field: "employer", label: "employer", required: false, aliases: [] },
  { field: "sector", label: "sector", required: true, aliases: [] },
  { field: "scheme", label: "scheme", required: true, aliases: [] },
  { field: "deployed_on", label: "deployedOn", required: false, aliases: ["deployment_date"] },
  { field: "contract_end", label: "contractEnd", required: false, aliases: ["contract_end_date", "contract_ends_on"] },
  { field: "status", label: "status", required: false, aliases: [] },
] as const;

export type ImportField = (typeof IMPORT_COLUMNS)[number]["field"];
export const IMPORT_FIELDS = IMPORT_COLUMNS.map((column) => column.field) as ImportField[];

/** Header text as compared: NFC, lower case, runs of spaces and punctuation as one underscore. */
export function headerKey(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s_\-.()/:]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const fieldByKey = new Map<string, ImportField>();
for (const column of IMPORT_COLUMNS) {
  const names = [column.field, en.worker[column.label], km.worker[column.label], ...column.aliases];
  for (const name of names) fieldByKey.set(headerKey(name), column.field);
}

/** The field a header cell names, or null. */
export function fieldOfHeader(text: string): ImportField | null {
  return fieldByKey.get(headerKey(text)) ?? null;
}

/** Which file column holds which field; what the file's header said, for the rejected-rows file. */
export type ColumnMapping = {
  /** Per field, the index of its column in the file. */
  indexOf: Partial<Record<ImportField, number>>;
  /** The file's columns that were read, in the file's order, with the header text they had. */
  read: { field: ImportField; header: string }[];
  /** Header texts that name no column: those columns are not read. */
  ignored: string[];
};

export type HeaderProblem = { code: "missingColumns"; values: { columns: string } } | { code: "repeatedColumn"; values: { column: string } };

/** Reads the header row: every required column must be there, and none twice. */
export function mapHeader(cells: string[]): { mapping: ColumnMapping; problem: HeaderProblem | null } {
  const indexOf: ColumnMapping["indexOf"] = {};
  const read: ColumnMapping["read"] = [];
  const ignored: string[] = [];
  let repeated: ImportField | null = null;
  cells.forEach((cell, index) => {
    const field = fieldOfHeader(cell);
    if (!field) {
      if (cell.trim()) ignored.push(cell.trim());
    } else if (indexOf[field] !== undefined) {
      repeated ??= field;
    } else {
      indexOf[field] = index;
      read.push({ field, header: cell.trim() });
    }
  });
  const mapping = { indexOf, read, ignored };
  if (repeated) return { mapping, problem: { code: "repeatedColumn", values: { column: repeated } } };
  const missing = IMPORT_COLUMNS.filter((column) => column.required && indexOf[column.field] === undefined).map((column) => column.field);
  if (missing.length) return { mapping, problem: { code: "missingColumns", values: { columns: missing.join(", ") } } };
  return { mapping, problem: null };
}

/**
 * Whether a row is a second header row (the template has one in Khmer and one in English): each
 * column read names the same field again.
 */
export function isHeaderAgain(cells: string[], mapping: ColumnMapping): boolean {
  return mapping.read.every(({ field }) => fieldOfHeader(cells[mapping.indexOf[field]!] ?? "") === field);
}
