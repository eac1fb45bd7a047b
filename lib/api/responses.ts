import { z } from "zod";
import { APP_ERROR_CODES } from "@/lib/errors";
import { SCHEMES, SECTORS, SEXES, WORKER_STATUSES } from "@/lib/schemas/worker";

/**
 * What the API answers, as zod codecs: the route handler encodes every response with them, so the
 * OpenAPI document generated from them is the wire format. Objects are strict: a field the data
 * layer starts returning fails the API's tests until it is described here.
 */

/** Birth, deployment and contract dates go out as YYYY-MM-DD, the form request bodies take. */
const calendarDate = z.codec(z.iso.date(), z.date(), {
  decode: (text) => new Date(`${text}T00:00:00Z`),
  encode: (date) => date.toISOString().slice(0, 10),
});

const instant = z.codec(z.iso.datetime(), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

const sex = z.enum(SEXES);
const sector = z.enum(SECTORS);
const scheme = z.enum(SCHEMES);
const status = z.enum(WORKER_STATUSES);
const passportMasked = z.string().meta({ description: "Only the last four characters of the passport number" });

export const WorkerListItem = z.strictObject({
  id: z.uuid(),
  registrationNo: z.string(),
  fullName: z.string(),
  fullNameKm: z.string().nullable(),
  sex,
  passportMasked,
  provinceCode: z.string(),
  destinationCountry: z.string(),
  employer: z.string().nullable(),
  sector,
  scheme,
  status,
  deployedOn: calendarDate.nullable(),
  contractEnd: calendarDate.nullable(),
  createdAt: instant,
});

export const WorkerList = z.strictObject({
  items: z.array(WorkerListItem),
  nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
});

const place = z.strictObject({ code: z.string(), nameEn: z.string(), nameKm: z.string() });

export const WorkerDetail = z.strictObject({
  id: z.uuid(),
  registrationNo: z.string(),
  fullName: z.string(),
  fullNameKm: z.string().nullable(),
  sex,
  dateOfBirth: calendarDate,
  passportMasked,
  phone: z.string().nullable(),
  provinceCode: z.string(),
  province: place,
  destinationCountry: z.string(),
  country: place,
  post: z.strictObject({ id: z.uuid(), name: z.string() }).nullable().meta({ description: "Null where the ministry covers the country itself" }),
  employer: z.string().nullable(),
  sector,
  scheme,
  status,
  deployedOn: calendarDate.nullable(),
  contractEnd: calendarDate.nullable(),
  returnedOn: calendarDate.nullable(),
  version: z.int().positive().meta({ description: "Send it back with a change; a stale one is a CONFLICT" }),
  createdAt: instant,
  updatedAt: instant,
  updatedById: z.uuid().nullable(),
});

export const CreatedWorker = z.strictObject({ id: z.uuid(), registrationNo: z.string() });

export const TransferredWorker = z.strictObject({
  version: z.int().positive(),
  postId: z.uuid().nullable().meta({ description: "The post that now holds the record; null where the ministry does" }),
});

/** Matches held by another post name only the post, never the person. */
export const LikelyDuplicate = z.discriminatedUnion("inScope", [
  z.strictObject({
    inScope: z.literal(true),
    id: z.uuid(),
    registrationNo: z.string(),
    fullName: z.string(),
    fullNameKm: z.string().nullable(),
    dateOfBirth: calendarDate,
    reason: z.enum(["name", "phone"]),
  }),
  z.strictObject({ inScope: z.literal(false), postName: z.string().nullable(), reason: z.enum(["name", "phone"]) }),
]);

export const ApiError = z.strictObject({
  error: z.strictObject({
    code: z.enum([...APP_ERROR_CODES, "INTERNAL"]),
    message: z.string().meta({ description: "In English" }),
    fields: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .meta({ description: "Field name (`_form` for the whole input) to what is wrong with it, in English" }),
    current: WorkerDetail.optional().meta({ description: "On CONFLICT: the record as it is now" }),
    duplicates: z.array(LikelyDuplicate).optional().meta({ description: "On DUPLICATE: send again with `confirmDuplicate: true` to register anyway" }),
    requestId: z.string().optional().meta({ description: "On INTERNAL: quote it when reporting the problem" }),
  }),
});
export type ApiError = z.output<typeof ApiError>;

export const OpenApiDocument = z.record(z.string(), z.unknown());
