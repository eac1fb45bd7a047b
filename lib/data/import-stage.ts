import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { copyLine } from "@/lib/copy-text";
import { db } from "@/lib/db";
import { isHeaderAgain, mapHeader, type ColumnMapping } from "@/lib/imports/columns";
import { ImportFileProblem } from "@/lib/imports/file-problem";
import { fileRows, type ImportFormat } from "@/lib/imports/file-rows";
import type { FileSource } from "@/lib/imports/file-source";
import { checkRow, lookupKey, prepareChecks, readCells, type ImportReferences } from "@/lib/imports/row-check";
import { storedImportFile } from "./import-files";

/**
 * The staging table of a job: every row of the file as read and checked on its own, in a temporary
 * table of the job's one connection. It is derived from the stored file, so a resumed job builds it
 * again; what the job wrote (workers, rejections, its counters) is what survives.
 */
const STAGE_COLUMNS = [
  "line",
  "cells",
  "registration_no",
  "passport_no",
  "full_name",
  "full_name_km",
  "sex",
  "date_of_birth",
  "phone",
  "province_code",
  "destination_country",
  "post_id",
  "employer",
  "sector",
  "scheme",
  "deployed_on",
  "contract_end",
  "status",
  "reasons",
] as const;

const CREATE_STAGE = `
  DROP TABLE IF EXISTS import_stage;
  CREATE TEMP TABLE import_stage (
    line int NOT NULL,
    cells text NOT NULL,
    registration_no text,
    passport_no text,
    full_name text,
    full_name_km text,
    sex "Sex",
    date_of_birth date,
    phone text,
    province_code text,
    destination_country char(2),
    post_id uuid,
    employer text,
    sector "Sector",
    scheme "Scheme",
    deployed_on date,
    contract_end date,
    status "WorkerStatus",
    reasons text[] NOT NULL
  )`;

/** Provinces and destinations by every name a spreadsheet may give them, and what this job may write. */
export async function loadReferences(postId: string | null): Promise<ImportReferences> {
  const [provinces, countries] = await Promise.all([
    db.province.findMany({ select: { code: true, nameEn: true, nameKm: true } }),
    db.country.findMany({ select: { code: true, nameEn: true, nameKm: true, posts: { select: { id: true }, orderBy: { createdAt: "asc" }, take: 1 } } }),
  ]);
  const byName = <T extends { code: string; nameEn: string; nameKm: string }>(rows: T[]) =>
    new Map(rows.flatMap((row) => [row.code, row.nameEn, row.nameKm].map((name) => [lookupKey(name), row.code] as const)));
  const covered = postId
    ? new Map((await db.country.findMany({ where: { posts: { some: { id: postId } } }, select: { code: true } })).map((c) => [c.code, postId] as const))
    : // Every destination: each row goes to the post that covers it, as a transfer would send it.
      new Map(countries.map((c) => [c.code, c.posts[0]?.id ?? null] as const));
  return { provinces: byName(provinces), countries: byName(countries), covered };
}

export type StageProgress = (progress: { bytesRead: number; rowsRead: number }) => Promise<void>;

export type Staged = { mapping: ColumnMapping; rows: number; highestRegistrySequence: number };

/** Registration numbers in the registry's own form (TH24-0001234): the sequence must pass them. */
const REGISTRY_NUMBER = /^[A-Z]{2}\d{2}-(\d{1,15})$/;

/** The file, noting how far into it the reader is (an XLSX workbook is read through twice: checked, then parsed). */
function tracked(source: FileSource, onPosition: (position: number) => void): FileSource {
  return {
    size: source.size,
    read: async (offset, length) => {
      const bytes = await source.read(offset, length);
      onPosition(offset + bytes.byteLength);
      return bytes;
    },
  };
}

/**
 * Reads the stored file into import_stage with COPY, row by row checked as it streams by: memory
 * stays flat whatever the size. The header row names the columns; a second one (the template's
 * other language) is skipped.
 */
export async function stageFile(
  client: pg.PoolClient,
  file: { id: string; format: ImportFormat },
  references: ImportReferences,
  report: StageProgress,
): Promise<Staged> {
  await client.query(CREATE_STAGE);
  const checks = prepareChecks(references);
  const state = { mapping: null as ColumnMapping | null, headerAgainChecked: false, rows: 0, bytes: 0, highestRegistrySequence: 0, reportedAt: Date.now() };

  async function* copyText() {
    const source = tracked(await storedImportFile(file.id), (position) => (state.bytes = position));
    for await (const batch of fileRows(file.format, source)) {
      let text = "";
      for (const row of batch) {
        if (!state.mapping) {
          const { mapping, problem } = mapHeader(row.cells);
          if (problem) throw new ImportFileProblem(problem.code, problem.values);
          state.mapping = mapping;
          continue;
        }
        if (!state.headerAgainChecked) {
          state.headerAgainChecked = true;
          if (isHeaderAgain(row.cells, state.mapping)) continue;
        }
        const checked = checkRow(row.cells, state.mapping, checks);
        const registry = checked.registrationNo ? REGISTRY_NUMBER.exec(checked.registrationNo) : null;
        if (registry) state.highestRegistrySequence = Math.max(state.highestRegistrySequence, Number(registry[1]));
        text += copyLine([
          String(row.line),
          // JSON: quicker to write than an array literal; only rejected rows are ever turned back into cells.
          JSON.stringify(readCells(row.cells, state.mapping)),
          checked.registrationNo,
          checked.passportNo,
          checked.fullName,
          checked.fullNameKm,
          checked.sex,
          checked.dateOfBirth,
          checked.phone,
          checked.provinceCode,
          checked.destinationCountry,
          checked.postId,
          checked.employer,
          checked.sector,
          checked.scheme,
          checked.deployedOn,
          checked.contractEnd,
          checked.status,
          `{${checked.reasons.join(",")}}`,
        ]);
        state.rows++;
      }
      if (text) yield text;
      if (Date.now() - state.reportedAt >= 1_000) {
        state.reportedAt = Date.now();
        await report({ bytesRead: state.bytes, rowsRead: state.rows });
      }
    }
  }

  await pipeline(Readable.from(copyText()), client.query(copyFrom(`COPY import_stage (${STAGE_COLUMNS.join(", ")}) FROM STDIN`)));
  if (!state.mapping) throw new ImportFileProblem("noRows");
  if (state.rows === 0) throw new ImportFileProblem("noRows");
  await report({ bytesRead: state.bytes, rowsRead: state.rows });
  await markRepeats(client);
  return { mapping: state.mapping, rows: state.rows, highestRegistrySequence: state.highestRegistrySequence };
}

/**
 * What needs the whole file: a passport or registration number that an earlier line already has
 * (the first one stands, the others are refused and name it). Set-based, over the staging table.
 */
async function markRepeats(client: pg.PoolClient) {
  await client.query(`
    CREATE INDEX ON import_stage (line);
    CREATE INDEX ON import_stage (passport_no);
    ANALYZE import_stage;
    UPDATE import_stage s SET reasons = s.reasons || ('passportRepeated:' || r.first)
    FROM (SELECT passport_no, min(line) AS first FROM import_stage WHERE passport_no IS NOT NULL GROUP BY passport_no HAVING count(*) > 1) r
    WHERE s.passport_no = r.passport_no AND s.line > r.first;
    UPDATE import_stage s SET reasons = s.reasons || ('registrationNoRepeated:' || r.first)
    FROM (SELECT registration_no, min(line) AS first FROM import_stage WHERE registration_no IS NOT NULL GROUP BY registration_no HAVING count(*) > 1) r
    WHERE s.registration_no = r.registration_no AND s.line > r.first`);
}
