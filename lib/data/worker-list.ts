import "server-only";
import { Prisma, readerFor, type ReadNeed } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { maskPassport } from "@/lib/mask";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { normalisePassport } from "@/lib/schemas/worker";
import { WorkerListQuery, type WorkerFilters, type WorkerListItem } from "@/lib/schemas/worker-list";
import { authorize, type PostScope } from "./authorize";
import { decodeCursor, encodeCursor, type Cursor } from "./cursor";

type Row = Omit<WorkerListItem, "passportMasked"> & { passportNo: string };

/** Counting stops here: a list never counts a whole national register on each request. */
export const COUNT_LIMIT = 10_000;

const REGISTRATION_NO = /^([A-Z]{2}\d{2})-?(\d{7})$/;

/** `LIKE` treats % and _ as wildcards; a name search means them literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One search box: a registration number or passport number (any spacing or case) matches exactly;
 * anything else is part of a name, in Latin or Khmer script (trigram indexes).
 */
function searchCondition(q: string): Prisma.Sql {
  const compact = normalisePassport(q);
  const registration = REGISTRATION_NO.exec(compact);
  if (registration) return Prisma.sql`"registrationNo" = ${`${registration[1]}-${registration[2]}`}`;
  if (/\d/.test(compact)) return Prisma.sql`"passportNo" = ${compact}`;
  const name = q.trim().replace(/\s+/g, " ");
  // Trigram indexes need three characters; shorter input (a surname such as LY) is a prefix,
  // served by the b-tree indexes on the names instead of a scan of the register.
  if ([...name].length < 3) {
    const latin = name.toUpperCase();
    return Prisma.sql`(("fullName" >= ${latin} AND "fullName" < ${`${latin}\uffff`}) OR ("fullNameKm" >= ${name} AND "fullNameKm" < ${`${name}\uffff`}))`;
  }
  const pattern = likePattern(name);
  return Prisma.sql`("fullName" ILIKE ${pattern} OR "fullNameKm" ILIKE ${pattern})`;
}

function filterConditions(within: PostScope, filters: WorkerFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [within.sql()];
  if (filters.q) conditions.push(searchCondition(filters.q));
  if (filters.status) conditions.push(Prisma.sql`status = ${filters.status}::"WorkerStatus"`);
  if (filters.sector) conditions.push(Prisma.sql`sector = ${filters.sector}::"Sector"`);
  if (filters.scheme) conditions.push(Prisma.sql`scheme = ${filters.scheme}::"Scheme"`);
  if (filters.sex) conditions.push(Prisma.sql`sex = ${filters.sex}::"Sex"`);
  if (filters.province) conditions.push(Prisma.sql`"provinceCode" = ${filters.province}`);
  if (filters.country) conditions.push(Prisma.sql`"destinationCountry" = ${filters.country}`);
  if (filters.deployedFrom) conditions.push(Prisma.sql`"deployedOn" >= ${filters.deployedFrom}::date`);
  if (filters.deployedTo) conditions.push(Prisma.sql`"deployedOn" <= ${filters.deployedTo}::date`);
  if (filters.contractEndFrom) conditions.push(Prisma.sql`"contractEnd" >= ${filters.contractEndFrom}::date`);
  if (filters.contractEndTo) conditions.push(Prisma.sql`"contractEnd" <= ${filters.contractEndTo}::date`);
  if (filters.returnedFrom) conditions.push(Prisma.sql`"returnedOn" >= ${filters.returnedFrom}::date`);
  if (filters.returnedTo) conditions.push(Prisma.sql`"returnedOn" <= ${filters.returnedTo}::date`);
  if (filters.missing === "phone") conditions.push(Prisma.sql`phone IS NULL`);
  // The flags are few: the planner reads them and finds each worker by its key.
  if (filters.likelyDuplicate) conditions.push(Prisma.sql`id IN (SELECT "workerId" FROM "DuplicateFlag")`);
  return conditions;
}

/** The filters the report tallies can count exactly; any other needs the worker rows. */
const TALLIED_FILTERS = new Set(["status", "sector", "scheme", "sex", "province", "country", "sort", "dir", "cursor", "limit"]);

function talliedOnly(query: WorkerListQuery): boolean {
  return Object.entries(query).every(([key, value]) => value === undefined || TALLIED_FILTERS.has(key));
}

const sortColumn = { registered: Prisma.sql`"createdAt"`, name: Prisma.sql`"fullName"` } as const;

/** The order a cursor of the worker list belongs to: another sort or direction cannot reuse it. */
const orderOf = (query: WorkerListQuery) => `workers:${query.sort}:${query.dir}`;

/** Keyset pagination: rows strictly after the cursor in (sort column, id) order. */
function keysetCondition(query: WorkerListQuery, cursor: Cursor): Prisma.Sql {
  const column = sortColumn[query.sort];
  const value = query.sort === "registered" ? Prisma.sql`${cursor.value}::timestamp` : Prisma.sql`${cursor.value}`;
  return query.dir === "desc"
    ? Prisma.sql`(${column}, id) < (${value}, ${cursor.id}::uuid)`
    : Prisma.sql`(${column}, id) > (${value}, ${cursor.id}::uuid)`;
}

export function parseListQuery(raw: unknown): WorkerListQuery {
  const parsed = WorkerListQuery.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.VALIDATION", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** A page of the workers the actor may see, passports masked, with the cursor of the next page. */
export async function listWorkers(
  actor: Actor | null,
  raw: unknown = {},
  options: Pick<ReadNeed, "afterOwnWrite"> & { action?: "worker.read" | "worker.export" } = {},
): Promise<{ items: WorkerListItem[]; nextCursor: string | null }> {
  const { within } = authorize(actor, options.action ?? "worker.read");
  const query = parseListQuery(raw);
  const conditions = filterConditions(within, query);
  const cursor = decodeCursor(query.cursor, orderOf(query), query.sort === "registered" ? "instant" : "text");
  if (cursor) conditions.push(keysetCondition(query, cursor));
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const direction = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const column = sortColumn[query.sort];

  const rows = await readerFor({ afterOwnWrite: options.afterOwnWrite }).$queryRaw<Row[]>`
    SELECT id, "registrationNo", "fullName", "fullNameKm", sex::text, "passportNo", "provinceCode", "destinationCountry",
           employer, sector::text, scheme::text, status::text, "deployedOn", "contractEnd", "createdAt"
    FROM "Worker" ${where}
    ORDER BY ${column} ${direction}, id ${direction}
    LIMIT ${query.limit + 1}`;

  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ passportNo, ...worker }) => ({ ...worker, passportMasked: maskPassport(passportNo) })),
    nextCursor:
      rows.length > query.limit
        ? encodeCursor(orderOf(query), { value: query.sort === "registered" ? last.createdAt.toISOString() : last.fullName, id: last.id })
        : null,
  };
}

/**
 * How many workers match the filters. Filters on what the report tallies keep (destination,
 * status, sector, sex, province, scheme) are counted exactly from the tallies, so a report's count
 * and the list it drills down to agree; a search, a date range, a missing detail or the likely
 * duplicates are counted from the rows (through their indexes), up to COUNT_LIMIT.
 */
export async function countWorkers(actor: Actor | null, raw: unknown = {}, read: Pick<ReadNeed, "afterOwnWrite"> = {}): Promise<{ count: number; exact: boolean }> {
  const { within } = authorize(actor, "worker.read");
  const query = parseListQuery(raw);
  const conditions = filterConditions(within, query);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  if (talliedOnly(query)) {
    const [{ count }] = await readerFor(read).$queryRaw<{ count: bigint | null }[]>`SELECT sum(workers) AS count FROM "WorkerTally" ${where}`;
    return { count: Number(count ?? 0), exact: true };
  }
  const [{ count }] = await readerFor(read).$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM (SELECT 1 FROM "Worker" ${where} LIMIT ${COUNT_LIMIT + 1}) AS capped`;
  return { count: Math.min(Number(count), COUNT_LIMIT), exact: Number(count) <= COUNT_LIMIT };
}
