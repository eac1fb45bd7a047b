import "server-only";
import type pg from "pg";

/**
 * One batch of an import: the staged rows of a range of lines, matched with the register by
 * passport, checked against it, then written set-based (never a statement per row), inside the
 * caller's transaction. The SQL below is built from the constant lists here, never from input.
 */

/** Staging column → Worker column, for the fields an import may correct on a registered worker. */
const EDITABLE = [
  ["full_name", "fullName"],
  ["full_name_km", "fullNameKm"],
  ["sex", "sex"],
  ["date_of_birth", "dateOfBirth"],
  ["phone", "phone"],
  ["province_code", "provinceCode"],
  ["employer", "employer"],
  ["sector", "sector"],
  ["scheme", "scheme"],
  ["deployed_on", "deployedOn"],
  ["contract_end", "contractEnd"],
] as const;

const NOW = `(now() AT TIME ZONE 'UTC')`;
/** The staged row's cells (kept as a JSON array) as the text[] of a rejection. */
const CELLS = `ARRAY(SELECT cell FROM jsonb_array_elements_text(cells::jsonb) WITH ORDINALITY AS e(cell, n) ORDER BY n)`;

// An empty cell leaves the record's value as it is: a spreadsheet's blanks are gaps, not erasures.
const newValue = ([stage, worker]: (typeof EDITABLE)[number]) => `coalesce(b.${stage}, b."w_${worker}")`;

const MATCH = `
  CREATE TEMP TABLE import_batch ON COMMIT DROP AS
  SELECT s.*, w.id AS worker_id, w.version AS worker_version, w."postId" AS worker_post_id,
         w."destinationCountry" AS worker_country, w.status AS worker_status, w."registrationNo" AS worker_registration_no,
         ${EDITABLE.map(([, worker]) => `w."${worker}" AS "w_${worker}"`).join(", ")},
         holder.id AS registration_holder, NULL::text[] AS changed
  FROM import_stage s
  LEFT JOIN "Worker" w ON w."passportNo" = s.passport_no
  LEFT JOIN "Worker" holder ON holder."registrationNo" = s.registration_no AND holder."passportNo" IS DISTINCT FROM s.passport_no
  WHERE s.line > $1 AND s.line <= $2`;

/**
 * Against the register: a passport another post holds; for a worker in scope, a destination, status
 * or registration number other than the record's (transfers and status changes are made on the
 * worker's page, with the day they happened); a registration number that is someone else's.
 */
const CHECK = `
  UPDATE import_batch SET reasons = reasons || array_remove(ARRAY[
    CASE WHEN worker_id IS NOT NULL AND $1::uuid IS NOT NULL AND worker_post_id IS DISTINCT FROM $1::uuid THEN 'passportHeldElsewhere' END,
    CASE WHEN worker_id IS NOT NULL AND ($1::uuid IS NULL OR worker_post_id = $1::uuid) AND destination_country IS NOT NULL
          AND destination_country <> worker_country THEN 'destinationDiffers' END,
    CASE WHEN worker_id IS NOT NULL AND ($1::uuid IS NULL OR worker_post_id = $1::uuid) AND status IS NOT NULL AND status <> worker_status THEN 'statusDiffers' END,
    CASE WHEN worker_id IS NOT NULL AND registration_no IS NOT NULL AND registration_no <> worker_registration_no THEN 'registrationNoDiffers' END,
    CASE WHEN registration_holder IS NOT NULL THEN 'registrationNoTaken' END
  ], NULL)
  WHERE worker_id IS NOT NULL OR registration_holder IS NOT NULL`;

/** Which fields of a registered worker the row changes; none: the row is unchanged. */
const FIND_CHANGES = `
  UPDATE import_batch b SET changed = array_remove(ARRAY[
    ${EDITABLE.map(([stage, worker]) => `CASE WHEN b.${stage} IS NOT NULL AND b.${stage} IS DISTINCT FROM b."w_${worker}" THEN '${worker}' END`).join(",\n    ")}
  ], NULL)
  WHERE worker_id IS NOT NULL AND cardinality(reasons) = 0`;

const COUNT = `
  SELECT count(*) FILTER (WHERE cardinality(reasons) > 0)::int AS rejected,
         count(*) FILTER (WHERE cardinality(reasons) = 0 AND worker_id IS NULL)::int AS created,
         count(*) FILTER (WHERE cardinality(reasons) = 0 AND cardinality(changed) > 0)::int AS updated,
         count(*) FILTER (WHERE cardinality(reasons) = 0 AND cardinality(changed) = 0)::int AS unchanged
  FROM import_batch`;

const REJECT = `
  INSERT INTO "ImportRejection" ("jobId", line, cells, reasons)
  SELECT $1, line, ${CELLS}, reasons FROM import_batch WHERE cardinality(reasons) > 0`;

/** New workers, with a registration number from the sequence where the file gives none. */
const CREATE = `
  WITH inserted AS (
    INSERT INTO "Worker" (id, "registrationNo", "fullName", "fullNameKm", sex, "dateOfBirth", "passportNo", phone, "provinceCode",
                          "destinationCountry", "postId", employer, sector, scheme, "deployedOn", "contractEnd", status,
                          "createdById", "updatedById", "createdAt", "updatedAt", "importJobId")
    SELECT import_uuid_v7(),
           coalesce(registration_no, destination_country || to_char(${NOW}, 'YY') || '-' || lpad(nextval('worker_registration_seq')::text, 7, '0')),
           full_name, full_name_km, sex, date_of_birth, passport_no, phone, province_code, destination_country, post_id, employer,
           sector, scheme, deployed_on, contract_end,
           coalesce(status, CASE WHEN deployed_on IS NULL THEN 'PRE_DEPARTURE' ELSE 'DEPLOYED' END::"WorkerStatus"),
           $2, $2, ${NOW}, ${NOW}, $1
    FROM import_batch WHERE worker_id IS NULL AND cardinality(reasons) = 0
    ORDER BY line
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT count(*)::int AS created FROM inserted`;

/**
 * A passport or registration number registered by someone else since the batch was matched is
 * not overwritten (ON CONFLICT DO NOTHING above): those rows are refused instead.
 */
const LOST_CREATES = `
  INSERT INTO "ImportRejection" ("jobId", line, cells, reasons)
  SELECT $1, b.line, ${CELLS}, ARRAY['registeredMeanwhile'] FROM import_batch b
  WHERE b.worker_id IS NULL AND cardinality(b.reasons) = 0
    AND NOT EXISTS (SELECT 1 FROM "Worker" w WHERE w."passportNo" = b.passport_no AND w."importJobId" = $1)`;

const fieldsObject = (value: (field: (typeof EDITABLE)[number]) => string) =>
  `jsonb_build_object(${EDITABLE.map((field) => `'${field[1]}', ${value(field)}`).join(", ")})`;
const changedOnly = (object: string) => `(SELECT jsonb_object_agg(key, value) FROM jsonb_each(${object}) WHERE key = ANY(b.changed))`;

/**
 * Corrections to registered workers, as of the version matched, each kept with its before and
 * after. A worker someone else changed since is left as they saved it (the version no longer matches).
 */
const UPDATE = `
  WITH updated AS (
    UPDATE "Worker" w SET ${EDITABLE.map((field) => `"${field[1]}" = ${newValue(field)}`).join(", ")},
           version = w.version + 1, "updatedById" = $2, "updatedAt" = ${NOW}
    FROM import_batch b
    WHERE w.id = b.worker_id AND w.version = b.worker_version AND cardinality(b.reasons) = 0 AND cardinality(b.changed) > 0
    RETURNING w.id
  ), changes AS (
    INSERT INTO "ImportChange" ("jobId", line, "workerId", before, after)
    SELECT $1, b.line, b.worker_id, ${changedOnly(fieldsObject(([, worker]) => `b."w_${worker}"`))}, ${changedOnly(fieldsObject(newValue))}
    FROM import_batch b WHERE b.worker_id IN (SELECT id FROM updated)
    RETURNING 1
  )
  SELECT count(*)::int AS updated FROM changes`;

const LOST_UPDATES = `
  INSERT INTO "ImportRejection" ("jobId", line, cells, reasons)
  SELECT $1, b.line, ${CELLS}, ARRAY['changedMeanwhile'] FROM import_batch b
  WHERE cardinality(b.reasons) = 0 AND cardinality(b.changed) > 0
    AND NOT EXISTS (SELECT 1 FROM "ImportChange" c WHERE c."jobId" = $1 AND c.line = b.line)`;

export type BatchCounts = { rows: number; created: number; updated: number; unchanged: number; rejected: number };

export async function writeBatch(
  client: pg.PoolClient,
  job: { id: string; postId: string | null; dryRun: boolean; createdById: string },
  lines: { after: number; upTo: number },
): Promise<BatchCounts> {
  await client.query(MATCH, [lines.after, lines.upTo]);
  await client.query(CHECK, [job.postId]);
  await client.query(FIND_CHANGES);
  const {
    rows: [counts],
  } = await client.query<Omit<BatchCounts, "rows">>(COUNT);
  await client.query(REJECT, [job.id]);
  const rows = counts.rejected + counts.created + counts.updated + counts.unchanged;
  if (job.dryRun) return { rows, ...counts };

  const {
    rows: [{ created }],
  } = await client.query<{ created: number }>(CREATE, [job.id, job.createdById]);
  // Rows lost to someone else's registration or edit in the meantime: rare, looked for only then.
  const lostCreates = created < counts.created ? ((await client.query(LOST_CREATES, [job.id])).rowCount ?? 0) : 0;
  const {
    rows: [{ updated }],
  } = await client.query<{ updated: number }>(UPDATE, [job.id, job.createdById]);
  const lostUpdates = updated < counts.updated ? ((await client.query(LOST_UPDATES, [job.id])).rowCount ?? 0) : 0;
  return { rows, created, updated, unchanged: counts.unchanged, rejected: counts.rejected + lostCreates + lostUpdates };
}
