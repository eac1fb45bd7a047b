import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, fieldError } from "@/lib/errors";
import { readPublishedFigures, type CsvProblem, type ParsedSource } from "@/lib/published-figures-csv";
import { parseInput } from "@/lib/schemas/common";
import { PublishedSourceCorrection, PublishedSourceInput, ReferenceSourceInput } from "@/lib/schemas/reports";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";

const sourceFields = {
  id: true,
  title: true,
  publishedOn: true,
  asOf: true,
  note: true,
  official: true,
  retiredAt: true,
  version: true,
  updatedAt: true,
  figures: { select: { countryCode: true, workers: true, note: true }, orderBy: { countryCode: "asc" } },
} as const;

/** Every published source with its figures, newest first; retired ones too, marked. */
export async function listPublishedSources(actor: Actor | null) {
  authorize(actor, "report.read");
  return db.publishedSource.findMany({ orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { asOf: "desc" }], select: sourceFields });
}

export async function getPublishedSource(actor: Actor | null, id: string) {
  authorize(actor, "report.read");
  const source = await db.publishedSource.findUnique({ where: { id }, select: sourceFields });
  if (!source) throw new AppError("NOT_FOUND");
  return source;
}

type Snapshot = { title: string; publishedOn: Date; asOf: Date; note: string | null; official: boolean; figures: { countryCode: string; workers: number }[] };

function snapshot(source: Snapshot) {
  return {
    title: source.title,
    publishedOn: source.publishedOn,
    asOf: source.asOf,
    note: source.note,
    official: source.official,
    figures: Object.fromEntries(source.figures.map((f) => [f.countryCode, f.workers])),
  };
}

async function checkCountries(codes: string[]) {
  const known = await db.country.findMany({ where: { code: { in: codes } }, select: { code: true } });
  const unknown = codes.findIndex((code) => !known.some((k) => k.code === code));
  if (unknown >= 0) throw fieldError(`figures.${unknown}.countryCode`, "validation.choose");
}

/**
 * Records a published source and its per-country figures, or corrects one: `version` says which
 * version was corrected, and a stale one is a conflict. The figures replace the old ones whole.
 */
export async function savePublishedSource(actor: Actor | null, raw: unknown): Promise<{ id: string; version: number }> {
  const { actor: who } = authorize(actor, "publishedFigure.manage");
  return writeSource(who, parseInput(PublishedSourceInput, raw));
}

/** Corrects the source `id` (named by the page or the URL) as of the version the caller saw. */
export async function correctPublishedSource(actor: Actor | null, id: string, raw: unknown): Promise<{ id: string; version: number }> {
  const { actor: who } = authorize(actor, "publishedFigure.manage");
  return writeSource(who, { ...parseInput(PublishedSourceCorrection, raw), id });
}

async function writeSource(who: Actor, { version, figures, ...source }: PublishedSourceInput): Promise<{ id: string; version: number }> {
  await checkCountries(figures.map((f) => f.countryCode));
  return db.$transaction(async (tx) => {
    const current = await tx.publishedSource.findUnique({ where: { id: source.id }, select: sourceFields });
    if (current && version === undefined) throw fieldError("id", "validation.sourceTaken");
    if (!current && version !== undefined) throw new AppError("NOT_FOUND");
    if (current && current.version !== version) throw new AppError("CONFLICT", "errors.CONFLICT", undefined, { current });
    const data = { ...source, note: source.note ?? null };
    if (current) {
      await tx.publishedSource.update({ where: { id: source.id }, data: { ...data, version: { increment: 1 } } });
      await tx.publishedFigure.deleteMany({ where: { sourceId: source.id } });
    } else {
      await tx.publishedSource.create({ data });
    }
    await tx.publishedFigure.createMany({ data: figures.map((f) => ({ ...f, note: f.note ?? null, sourceId: source.id })) });
    await recordAudit(tx, who, {
      action: current ? "publishedSource.update" : "publishedSource.create",
      entityType: "PublishedSource",
      entityId: source.id,
      before: current ? snapshot(current) : undefined,
      after: snapshot({ ...data, figures }),
    });
    return { id: source.id, version: current ? current.version + 1 : 1 };
  });
}

/** Takes a source out of the reports (or puts it back); it stays on record. */
export async function setPublishedSourceRetired(actor: Actor | null, id: string, retired: boolean): Promise<void> {
  const { actor: who } = authorize(actor, "publishedFigure.manage");
  await db.$transaction(async (tx) => {
    const current = await tx.publishedSource.findUnique({ where: { id }, select: { retiredAt: true } });
    if (!current) throw new AppError("NOT_FOUND");
    const retiredAt = retired ? (current.retiredAt ?? new Date()) : null;
    await tx.publishedSource.update({ where: { id }, data: { retiredAt, version: { increment: 1 } } });
    await recordAudit(tx, who, {
      action: retired ? "publishedSource.retire" : "publishedSource.restore",
      entityType: "PublishedSource",
      entityId: id,
      before: { retiredAt: current.retiredAt },
      after: { retiredAt },
    });
  });
}

export type PublishedImportResult = { created: string[]; updated: string[]; problems: CsvProblem[]; dryRun: boolean };

/**
 * Imports sources from a file in the format of prisma/data/published-totals.csv. Nothing is saved
 * when any row has a problem, or on a dry run; a source already on record is replaced.
 */
export async function importPublishedFigures(actor: Actor | null, csv: string, { dryRun }: { dryRun: boolean }): Promise<PublishedImportResult> {
  const { actor: who } = authorize(actor, "publishedFigure.manage");
  const known = new Set((await db.country.findMany({ select: { code: true } })).map((c) => c.code));
  const { sources, problems } = readPublishedFigures(csv, known);
  const existing = new Set((await db.publishedSource.findMany({ where: { id: { in: sources.map((s) => s.source.id) } }, select: { id: true } })).map((s) => s.id));
  const result = {
    created: sources.filter((s) => !existing.has(s.source.id)).map((s) => s.source.id),
    updated: sources.filter((s) => existing.has(s.source.id)).map((s) => s.source.id),
    problems,
    dryRun,
  };
  if (dryRun || problems.length || sources.length === 0) return result;

  await db.$transaction(async (tx) => {
    for (const { source, figures } of sources) await replaceSource(tx, who, source, figures);
  });
  return result;
}

/** One source of an import, with its own audit event: the history of a source shows what the file replaced. */
async function replaceSource(tx: Tx, who: Actor, source: ParsedSource["source"], figures: ParsedSource["figures"]) {
  const { id, ...data } = source;
  const current = await tx.publishedSource.findUnique({ where: { id }, select: sourceFields });
  await tx.publishedSource.upsert({ where: { id }, create: source, update: { ...data, retiredAt: null, version: { increment: 1 } } });
  await tx.publishedFigure.deleteMany({ where: { sourceId: id } });
  await tx.publishedFigure.createMany({ data: figures.map((f) => ({ ...f, sourceId: id })) });
  await recordAudit(tx, who, {
    action: "publishedSource.import",
    entityType: "PublishedSource",
    entityId: id,
    before: current ? { ...snapshot(current), retiredAt: current.retiredAt } : undefined,
    // An import also brings a retired source back into the reports.
    after: { ...snapshot({ ...source, figures }), retiredAt: null },
  });
}

/**
 * Chooses the published source a destination's headline figure comes from (reports, home page,
 * exports), or with `sourceId: null` goes back to the default: the ministry's newest official
 * source. The source must give a current figure for the destination.
 */
export async function setReferenceSource(actor: Actor | null, raw: unknown): Promise<void> {
  const { actor: who } = authorize(actor, "publishedFigure.manage");
  const { countryCode, sourceId } = parseInput(ReferenceSourceInput, raw);
  await db.$transaction(async (tx) => {
    if (!(await tx.country.findUnique({ where: { code: countryCode }, select: { code: true } }))) throw fieldError("countryCode", "validation.choose");
    if (sourceId) {
      const figure = await tx.publishedFigure.findFirst({ where: { sourceId, countryCode, source: { retiredAt: null } }, select: { id: true } });
      if (!figure) throw fieldError("sourceId", "published.reference.noFigure");
    }
    const before = await tx.referenceSource.findUnique({ where: { countryCode }, select: { sourceId: true } });
    if ((before?.sourceId ?? null) === sourceId) return;
    if (sourceId) {
      await tx.referenceSource.upsert({
        where: { countryCode },
        create: { countryCode, sourceId, chosenById: who.id },
        update: { sourceId, chosenById: who.id, chosenAt: new Date() },
      });
    } else {
      await tx.referenceSource.delete({ where: { countryCode } });
    }
    await recordAudit(tx, who, {
      action: "referenceSource.set",
      entityType: "Country",
      entityId: countryCode,
      before: { sourceId: before?.sourceId ?? null },
      after: { sourceId },
    });
  });
}
