import type { Actor } from "@/lib/auth/permissions";
import { csvRow } from "@/lib/csv";
import { db } from "@/lib/db";
import { storeImportFile } from "@/lib/data/import-files";
import { runImportJob, type RunOptions } from "@/lib/data/import-job";
import { getImport, startImport } from "@/lib/data/imports";
import { randomKhmerWord, randomLatinName } from "./random-person";

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

/** Uploads a file and queues its job, as the page and the API do. */
export async function upload(actor: Actor, content: Buffer, options: { fileName?: string; dryRun?: boolean; postId?: string } = {}) {
  const { fileId } = await storeImportFile(actor, { fileName: options.fileName ?? "register.csv", content: [content] });
  return startImport(actor, { fileId, dryRun: options.dryRun ?? false, ...(options.postId ? { postId: options.postId } : {}) });
}

/** Uploads, runs the job here (no worker loop in tests) and returns how it ended. */
export async function importFile(actor: Actor, content: Buffer, options: Parameters<typeof upload>[2] & RunOptions = {}) {
  const job = await upload(actor, content, options);
  await runImportJob(job.id, options);
  return getImport(actor, job.id);
}

/** The reasons of each rejected line of a job. */
export async function rejections(jobId: string): Promise<Record<number, string[]>> {
  const rows = await db.importRejection.findMany({ where: { jobId }, orderBy: { line: "asc" }, select: { line: true, reasons: true } });
  return Object.fromEntries(rows.map((row) => [row.line, row.reasons]));
}
