import { CsvSyntaxError, parseCsvRecords } from "./csv-records";
import { parseFormCount } from "./schemas/form-input";
import { MAX_WORKERS } from "./schemas/reports";

/** The columns of a published-figures file, as in prisma/data/published-totals.csv. */
export const PUBLISHED_FIGURE_COLUMNS = ["source_id", "source_title", "published_on", "as_of", "country_iso2", "country_name", "workers", "note", "official"] as const;
/** Columns a file may leave out: a name for people, a note, and whether the ministry published it (not, unless said). */
const OPTIONAL_COLUMNS: readonly string[] = ["country_name", "note", "official"];

export type ParsedSource = {
  source: { id: string; title: string; publishedOn: Date; asOf: Date; note: string | null; official: boolean };
  figures: { countryCode: string; workers: number; note: string | null }[];
};

export type CsvProblem = { line: number; message: string; values?: Record<string, string | number> };

const day = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  // Date rolls 2022-02-30 over into March: only a date that reads back the same is real.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : null;
};

const sameSource = (a: ParsedSource["source"], b: ParsedSource["source"]) =>
  a.title === b.title && a.publishedOn.getTime() === b.publishedOn.getTime() && a.asOf.getTime() === b.asOf.getTime() && a.official === b.official;

/** "yes" (or true, 1) for a source the ministry published itself; blank or "no" (false, 0) otherwise. */
function officialOf(value: string | undefined): boolean | null {
  const text = (value ?? "").trim().toLowerCase();
  if (["yes", "true", "1"].includes(text)) return true;
  if (["", "no", "false", "0"].includes(text)) return false;
  return null;
}

/**
 * Reads a published-figures file: one row per source and country. Rows are grouped into sources;
 * every problem is reported with the line it is on (the header is line 1) as a message key.
 * Given the known countries, a code outside them is a problem of its row too.
 */
export function readPublishedFigures(text: string, knownCountries?: ReadonlySet<string>): { sources: ParsedSource[]; problems: CsvProblem[] } {
  let rows: ReturnType<typeof parseCsvRecords>;
  try {
    rows = parseCsvRecords(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { sources: [], problems: [{ line: error.line, message: "published.csvQuotes" }] };
  }
  const problems: CsvProblem[] = [];
  const sources = new Map<string, ParsedSource>();
  if (rows.length && PUBLISHED_FIGURE_COLUMNS.some((column) => !OPTIONAL_COLUMNS.includes(column) && !(column in rows[0].values))) {
    return { sources: [], problems: [{ line: 1, message: "published.csvColumns", values: { columns: PUBLISHED_FIGURE_COLUMNS.join(", ") } }] };
  }
  for (const { line, values: row } of rows) {
    const publishedOn = day(row.published_on.trim());
    const asOf = day(row.as_of.trim());
    // As the ministry prints counts: "1,220,197", "24 100", or in Khmer digits.
    const workers = parseFormCount(row.workers) ?? null;
    const id = row.source_id.trim();
    const countryCode = row.country_iso2.trim().toUpperCase();
    const official = officialOf(row.official);
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(id)) problems.push({ line, message: "published.csvSourceId" });
    else if (!row.source_title.trim()) problems.push({ line, message: "published.csvTitle" });
    else if (!publishedOn || !asOf) problems.push({ line, message: "published.csvDate" });
    // The form refuses it too: a source cannot describe a day after its publication.
    else if (asOf > publishedOn) problems.push({ line, message: "validation.asOfAfterPublished" });
    else if (!/^[A-Z]{2}$/.test(countryCode)) problems.push({ line, message: "published.csvCountry" });
    else if (knownCountries && !knownCountries.has(countryCode)) problems.push({ line, message: "published.csvUnknownCountry", values: { country: countryCode, source: id } });
    else if (workers === null || workers > MAX_WORKERS) problems.push({ line, message: "published.csvWorkers" });
    else if (official === null) problems.push({ line, message: "published.csvOfficial" });
    else {
      const source = { id, title: row.source_title.trim(), publishedOn, asOf, note: null, official };
      const entry = sources.get(id) ?? { source, figures: [] };
      // A source is one publication: a row giving it another title or other dates is a mistake, not a second version.
      if (!sameSource(entry.source, source)) problems.push({ line, message: "published.csvSourceDiffers", values: { source: id } });
      else if (entry.figures.some((f) => f.countryCode === countryCode)) problems.push({ line, message: "published.csvRepeated", values: { country: countryCode } });
      else entry.figures.push({ countryCode, workers, note: row.note?.trim() || null });
      sources.set(id, entry);
    }
  }
  return { sources: [...sources.values()], problems };
}

/** The seed's reading: the shipped file must be clean. */
export function parsePublishedFigures(text: string): ParsedSource[] {
  const { sources, problems } = readPublishedFigures(text);
  if (problems.length) throw new Error(`published figures: ${JSON.stringify(problems)}`);
  return sources;
}
