import { z } from "zod";
import { blankToUndefined, optionalIsoDate, queryInteger, searchText } from "./common";
import { calendarDate, instant, passportMasked } from "./wire";
import { SCHEMES, SECTORS, SEXES, WORKER_STATUSES } from "./worker";

const WORKER_SORTS = ["registered", "name"] as const;
export const PAGE_SIZES = [25, 50, 100] as const;
/** Details a record may lack (the passport number never is: a record cannot be saved without one). */
export const MISSING_DETAILS = ["phone"] as const;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: "validation.choose" }).optional());

/**
 * The worker list's filters, search, sort and page, as they appear in the URL (so a view can be
 * shared) and in GET /api/v1/workers.
 */
export const WorkerListQuery = z
  .object({
    q: searchText,
    status: optionalEnum(WORKER_STATUSES),
    sector: optionalEnum(SECTORS),
    scheme: optionalEnum(SCHEMES),
    sex: optionalEnum(SEXES),
    province: z.preprocess(blankToUndefined, z.string().regex(/^KH-\d{1,2}$/, "validation.choose").optional()),
    country: z.preprocess(blankToUndefined, z.string().regex(/^[A-Z]{2}$/, "validation.choose").optional()),
    deployedFrom: optionalIsoDate,
    deployedTo: optionalIsoDate,
    contractEndFrom: optionalIsoDate,
    contractEndTo: optionalIsoDate,
    returnedFrom: optionalIsoDate,
    returnedTo: optionalIsoDate,
    missing: optionalEnum(MISSING_DETAILS),
    // Only "true" filters: the list of every record is the list without the filter.
    likelyDuplicate: z.preprocess(blankToUndefined, z.enum(["true"], { error: "validation.choose" }).optional()),
    sort: z.preprocess(blankToUndefined, z.enum(WORKER_SORTS).default("registered")),
    dir: z.preprocess(blankToUndefined, z.enum(["asc", "desc"]).optional()),
    cursor: z.preprocess(blankToUndefined, z.string().max(300).optional()),
    limit: z.preprocess(blankToUndefined, queryInteger(1, 1000).default(PAGE_SIZES[0])),
  })
  .strict()
  .transform((query) => ({ ...query, dir: query.dir ?? (query.sort === "name" ? "asc" : "desc") }));

export type WorkerListQuery = z.infer<typeof WorkerListQuery>;

/** The filters alone (no paging), e.g. to export what the list shows. */
export type WorkerFilters = Omit<WorkerListQuery, "cursor" | "limit">;

/** One worker as the list shows it (the page, the export and GET /api/v1/workers): no full passport number. */
export const WorkerListItem = z.strictObject({
  id: z.uuid(),
  registrationNo: z.string(),
  fullName: z.string(),
  fullNameKm: z.string().nullable(),
  sex: z.enum(SEXES),
  passportMasked,
  provinceCode: z.string(),
  destinationCountry: z.string(),
  employer: z.string().nullable(),
  sector: z.enum(SECTORS),
  scheme: z.enum(SCHEMES),
  status: z.enum(WORKER_STATUSES),
  deployedOn: calendarDate.nullable(),
  contractEnd: calendarDate.nullable(),
  createdAt: instant,
});
export type WorkerListItem = z.output<typeof WorkerListItem>;

/** URL search params (string or repeated) to the plain object the schema reads. */
export function searchParamsToQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  return Object.fromEntries(
    entries.flatMap(([key, value]) => {
      const single = Array.isArray(value) ? value[0] : value;
      return single === undefined ? [] : [[key, single]];
    }),
  );
}
