import { z } from "zod";
import { queryInteger } from "./common";

const YES = ["true", "on", "1", "yes"];
const NO = ["false", "off", "0", "no"];

/** A checkbox or a multipart field as a boolean: "true", "on" or "1" mean yes, "false", "off" or "0" no. */
const flag = z.preprocess((value) => {
  if (typeof value !== "string") return value;
  const text = value.trim().toLowerCase();
  return YES.includes(text) ? true : NO.includes(text) ? false : value;
}, z.boolean({ error: "validation.invalid" }));

/** What an upload asks for besides the file. A dry run unless told otherwise: it changes nothing. */
const ImportRequest = z
  .object({
    dryRun: flag.default(true).meta({ description: "True (the default): check every row and change nothing" }),
    postId: z
      .union([z.uuid({ error: "validation.choose" }), z.literal("all")], { error: "validation.choose" })
      .optional()
      .meta({ description: "Administrators: the post whose register the file is, or `all` for every destination. Officers import for their own post." }),
  })
  .strict();

/** The upload as the API describes it: the file and the fields of ImportRequest, as multipart/form-data. */
export const ImportUpload = ImportRequest.extend({
  file: z.string().meta({ format: "binary", description: "A CSV (UTF-8, with or without BOM) or XLSX file in the template's columns" }),
});

/** Starting a job over an uploaded file. */
export const ImportStart = ImportRequest.extend({ fileId: z.uuid() }).strict();
export type ImportStart = z.infer<typeof ImportStart>;

export const ImportListQuery = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: queryInteger(1, 100).default(20),
  })
  .strict();
export type ImportListQuery = z.infer<typeof ImportListQuery>;
