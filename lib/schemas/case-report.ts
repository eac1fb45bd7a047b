import { z } from "zod";
import { blankToUndefined, optionalIsoDate } from "./common";

export const CASE_REPORT_DIMENSIONS = ["destination", "category", "status", "agency"] as const;

/** What a case report is grouped by and over which cases (received between two days, one destination). */
export const CaseReportQuery = z
  .object({
    by: z.preprocess((value) => (value === "" || value === undefined ? "destination" : value), z.enum(CASE_REPORT_DIMENSIONS, { error: "validation.choose" })),
    from: optionalIsoDate,
    to: optionalIsoDate,
    destination: z.preprocess(blankToUndefined, z.string().regex(/^[A-Z]{2}$/, "validation.choose").optional()),
  })
  .strict();
export type CaseReportQuery = z.infer<typeof CaseReportQuery>;
