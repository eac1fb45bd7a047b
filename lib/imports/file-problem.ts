/**
 * Why an import job failed as a whole (not one of its rows), as the job stores it: a code, with
 * the values its message takes. The message is `imports.errors.<code>` in messages/*.json, put in
 * the reader's language where it is shown (the job's page, the API in English).
 */
export const IMPORT_FAILURES = [
  // The file itself.
  "encoding",
  "unreadable",
  "quotes",
  "cellTooLong",
  "rowTooLong",
  "rowTooLarge",
  "tooManyRows",
  "tooManyColumns",
  "tooManyEntries",
  "tooManySheets",
  "expandsTooMuch",
  "sharedStringsTooLarge",
  "nestedTooDeep",
  "missingColumns",
  "repeatedColumn",
  "noRows",
  "fileGone",
  // The job.
  "rightsChanged",
  "unexpected",
  "stoppedServer",
] as const;
export type ImportFailure = (typeof IMPORT_FAILURES)[number];

export type ImportFailureValues = Record<string, string | number>;

/** A problem with the file as a whole, thrown while it is read; the job ends FAILED with its code. */
export class ImportFileProblem extends Error {
  constructor(
    readonly code: ImportFailure,
    readonly values: ImportFailureValues = {},
  ) {
    super(code);
    this.name = "ImportFileProblem";
  }
}
