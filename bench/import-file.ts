/**
 * The synthetic national register as the spreadsheet a post would upload: the template's columns,
 * dates of birth written day first (DD/MM/YYYY) as in Cambodia, the others as YYYY-MM-DD. The same
 * workers as the loaded register (prisma/demo-data.ts with the register's names), written a batch
 * at a time so that memory stays flat.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { csvRow } from "../lib/csv";
import { IMPORT_FIELDS } from "../lib/imports/columns";
import { generator, plausibleWorker } from "../prisma/demo-data";
import { registerNames } from "./names";

const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
const dayFirst = (date: Date) => `${iso(date).slice(8, 10)}/${iso(date).slice(5, 7)}/${iso(date).slice(0, 4)}`;

/** Writes the file; returns its size in bytes and its rows (the header aside). */
export async function writeRegisterFile(path: string, counts: Record<string, number>, provinces: string[]): Promise<{ rows: number; bytes: number }> {
  const out = createWriteStream(path);
  const random = generator(1_301_609);
  const context = { names: registerNames, provinces, postIdFor: () => null, today: Date.now() };
  let rows = 0;
  let batch = `\uFEFF${csvRow(IMPORT_FIELDS)}`;
  for (const [country, count] of Object.entries(counts)) {
    for (let n = 0; n < count; n++, rows++) {
      const w = plausibleWorker(random, context, country, rows, rows + 1);
      batch += csvRow([
        w.registrationNo, w.passportNo, w.fullName, w.fullNameKm, w.sex, dayFirst(w.dateOfBirth), w.phone, w.provinceCode,
        w.destinationCountry, w.employer, w.sector, w.scheme, iso(w.deployedOn), iso(w.contractEnd), w.status,
      ]);
      if (batch.length > 1 << 20) {
        if (!out.write(batch)) await once(out, "drain");
        batch = "";
      }
    }
  }
  out.end(batch);
  await once(out, "finish");
  return { rows, bytes: out.bytesWritten };
}
