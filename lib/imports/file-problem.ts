/** A problem with the file as a whole (not one of its rows); `message` is a key under `imports.errors`. */
export class ImportFileProblem extends Error {
  constructor(
    message: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "ImportFileProblem";
  }
}
