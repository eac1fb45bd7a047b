import type { FieldErrors } from "./errors";
import { formInput, parseFormCount } from "./schemas/form-input";
import { PublishedSourceCorrection } from "./schemas/reports";

/**
 * The source form has one row per destination, named `workers.TH` and `note.TH`; the data layer
 * takes a list of figures. These translate between the two, both ways.
 */
const FIGURE_FIELD = /^(workers|note)\.([A-Z]{2})$/;

type FormFigure = { countryCode: string; workers: string; note: string };
/** A figure as the schema takes it: the count typed ("1,220,197", Khmer digits…) as a number, or as typed when it is none. */
type InputFigure = { countryCode: string; workers?: number | string; note: string };
export type SourceFromForm = Record<string, unknown> & { figures: InputFigure[] };

/** The input for the data layer: a row left blank gives no figure; one with only a note is still sent, to be refused. */
export function sourceFromForm(values: Record<string, string>): SourceFromForm {
  const source: Record<string, string> = {};
  const rows = new Map<string, FormFigure>();
  for (const [name, value] of Object.entries(values)) {
    const figureField = FIGURE_FIELD.exec(name);
    if (!figureField) {
      source[name] = value;
      continue;
    }
    const [, field, countryCode] = figureField;
    const row = rows.get(countryCode) ?? { countryCode, workers: "", note: "" };
    row[field as "workers" | "note"] = value;
    rows.set(countryCode, row);
  }
  const figures = [...rows.values()].filter((row) => row.workers.trim() || row.note.trim());
  return {
    ...formInput(PublishedSourceCorrection, source),
    figures: figures.map(({ workers, ...row }) => ({ ...row, ...(workers.trim() ? { workers: parseFormCount(workers) ?? workers } : {}) })),
  };
}

/** Errors about `figures.2.workers` belong to the row of the figure's country. */
export function formFieldErrors(fields: FieldErrors | undefined, figures: { countryCode: string }[]): FieldErrors | undefined {
  if (!fields) return undefined;
  const errors: FieldErrors = {};
  for (const [path, messages] of Object.entries(fields)) {
    const [, index, field] = /^figures\.(\d+)\.(\w+)$/.exec(path) ?? [];
    const country = index === undefined ? undefined : figures[Number(index)]?.countryCode;
    const name = country ? `${field === "note" ? "note" : "workers"}.${country}` : path;
    errors[name] = [...(errors[name] ?? []), ...messages];
  }
  return errors;
}

type SavedSource = {
  title: string;
  publishedOn: Date;
  asOf: Date;
  note: string | null;
  official: boolean;
  version: number;
  figures: { countryCode: string; workers: number; note: string | null }[];
};

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A saved source as the form's fields: to correct it, or to compare it with what was typed. */
export function formValuesOf(source: SavedSource): Record<string, string> {
  return {
    title: source.title,
    publishedOn: day(source.publishedOn),
    asOf: day(source.asOf),
    note: source.note ?? "",
    official: source.official ? "true" : "",
    version: String(source.version),
    ...Object.fromEntries(source.figures.flatMap((f) => [[`workers.${f.countryCode}`, String(f.workers)], [`note.${f.countryCode}`, f.note ?? ""]])),
  };
}
