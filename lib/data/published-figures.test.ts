import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor } from "@/lib/test/actors";
import { correctPublishedSource, getPublishedSource, importPublishedFigures, listPublishedSources, savePublishedSource, setPublishedSourceRetired, setReferenceSource } from "./published-figures";
import { getDestinationReport } from "./reports";

const HEADER = "source_id,source_title,published_on,as_of,country_iso2,country_name,workers,note";
const sourceIds: string[] = [];

afterAll(async () => {
  // Test sources would otherwise sit in every later report beside the real ones.
  await db.publishedSource.deleteMany({ where: { id: { in: sourceIds } } });
  await db.$disconnect();
});

function newSourceId(): string {
  const id = `test-${crypto.randomUUID().slice(0, 13)}`;
  sourceIds.push(id);
  return id;
}

/** What ministry staff type about a source, but its id. */
function sourceFields(overrides: Record<string, unknown> = {}) {
  return {
    title: "ILO brief on Cambodian migrant workers",
    publishedOn: "2024-06-01",
    asOf: "2023-12-31",
    note: "Rounded figures",
    figures: [
      { countryCode: "TH", workers: 1100000, note: "rounded to the thousand" },
      { countryCode: "KR", workers: 48000 },
    ],
    ...overrides,
  };
}

function sourceInput(id: string, overrides: Record<string, unknown> = {}) {
  return { id, ...sourceFields(overrides) };
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const auditOf = (id: string) => db.auditEvent.findMany({ where: { entityType: "PublishedSource", entityId: id }, orderBy: { id: "asc" } });

async function publishedFor(country: string, sourceId: string) {
  const report = await getDestinationReport(await actorFor("ministry@registry.test"));
  return {
    figure: report.rows.find((row) => row.country === country)?.published.find((p) => p.sourceId === sourceId),
    total: report.total.published.find((p) => p.sourceId === sourceId),
  };
}

describe("savePublishedSource", () => {
  it("records a source with its figures and its audit event in one transaction", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const id = newSourceId();
    expect(await savePublishedSource(ministry, sourceInput(id))).toEqual({ id, version: 1 });

    const source = await getPublishedSource(ministry, id);
    expect(source).toMatchObject({ id, title: "ILO brief on Cambodian migrant workers", note: "Rounded figures", retiredAt: null, version: 1 });
    expect(source.publishedOn.toISOString().slice(0, 10)).toBe("2024-06-01");
    expect(source.figures).toEqual([
      { countryCode: "KR", workers: 48000, note: null },
      { countryCode: "TH", workers: 1100000, note: "rounded to the thousand" },
    ]);

    const events = await auditOf(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "publishedSource.create", actorId: ministry.id, actorRole: "MINISTRY", requestId: ministry.requestId });
    expect(events[0].after).toMatchObject({ title: "ILO brief on Cambodian migrant workers", asOf: "2023-12-31T00:00:00.000Z", figures: { TH: 1100000, KR: 48000 } });
    const [sourceTx] = await db.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "PublishedSource" WHERE id = ${id}`;
    const [auditTx] = await db.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "AuditEvent" WHERE "entityId" = ${id}`;
    expect(auditTx.xmin).toBe(sourceTx.xmin);
  });

  it("refuses an id already on record, and one that names a page", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const id = newSourceId();
    await savePublishedSource(ministry, sourceInput(id));
    expect((await refusal(savePublishedSource(ministry, sourceInput(id, { title: "Another" })))).fields).toEqual({ id: ["validation.sourceTaken"] });
    expect((await refusal(savePublishedSource(ministry, sourceInput("import")))).fields).toEqual({ id: ["validation.sourceId"] });
    expect((await getPublishedSource(ministry, id)).title).toBe("ILO brief on Cambodian migrant workers");
  });

  it("returns every invalid field at once and writes nothing", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const id = newSourceId();
    const error = await refusal(
      savePublishedSource(
        ministry,
        sourceInput(id, {
          title: " ",
          figures: [
            { countryCode: "TH", workers: 12.5 },
            { countryCode: "KR", workers: "" },
          ],
        }),
      ),
    );
    expect(error.fields).toEqual({ title: ["validation.required"], "figures.0.workers": ["validation.number"], "figures.1.workers": ["validation.number"] });
    // What concerns several fields is checked once each field is valid.
    const crossed = await refusal(savePublishedSource(ministry, sourceInput(id, { asOf: "2024-07-01", figures: [{ countryCode: "TH", workers: 1 }, { countryCode: "th", workers: 2 }] })));
    expect(crossed.fields).toEqual({ asOf: ["validation.asOfAfterPublished"], "figures.1.countryCode": ["validation.countryRepeated"] });
    expect((await refusal(savePublishedSource(ministry, sourceInput(id, { figures: [] })))).fields).toEqual({ figures: ["validation.figuresRequired"] });
    expect((await refusal(savePublishedSource(ministry, sourceInput(id, { figures: [{ countryCode: "XX", workers: 5 }] })))).fields).toEqual({
      "figures.0.countryCode": ["validation.choose"],
    });
    expect(await db.publishedSource.count({ where: { id } })).toBe(0);
    expect(await auditOf(id)).toHaveLength(0);
  });
});

describe("correctPublishedSource", () => {
  it("corrects as of the version seen and replaces the figures whole; a stale version is a conflict", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const id = newSourceId();
    await savePublishedSource(ministry, sourceInput(id));
    const corrected = { ...sourceFields(), title: "ILO brief (revised)", figures: [{ countryCode: "TH", workers: 1150000 }], version: 1 };
    expect(await correctPublishedSource(ministry, id, corrected)).toEqual({ id, version: 2 });
    expect(await getPublishedSource(ministry, id)).toMatchObject({ title: "ILO brief (revised)", version: 2, figures: [{ countryCode: "TH", workers: 1150000, note: null }] });

    const stale = await refusal(correctPublishedSource(ministry, id, { ...corrected, title: "Typed on an old page" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.current).toMatchObject({ id, title: "ILO brief (revised)", version: 2 });
    expect((await getPublishedSource(ministry, id)).title).toBe("ILO brief (revised)");

    const events = await auditOf(id);
    expect(events.map((e) => e.action)).toEqual(["publishedSource.create", "publishedSource.update"]);
    expect(events[1].before).toMatchObject({ title: "ILO brief on Cambodian migrant workers", figures: { TH: 1100000, KR: 48000 } });
    expect(events[1].after).toMatchObject({ title: "ILO brief (revised)", figures: { TH: 1150000 } });
  });

  it("needs the version and cannot create", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const id = newSourceId();
    const fields = sourceFields();
    expect((await refusal(correctPublishedSource(ministry, id, fields))).fields).toEqual({ version: ["validation.required"] });
    expect((await refusal(correctPublishedSource(ministry, id, { ...fields, version: 1 }))).code).toBe("NOT_FOUND");
    expect((await refusal(correctPublishedSource(ministry, id, { ...fields, id, version: 1 }))).fields).toEqual({ _form: ["validation.unknownField"] });
    expect(await db.publishedSource.count({ where: { id } })).toBe(0);
  });
});

describe("setPublishedSourceRetired", () => {
  it("takes a source out of the destination report and puts it back, each step audited", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const id = newSourceId();
    await savePublishedSource(ministry, sourceInput(id));
    expect((await publishedFor("TH", id)).figure).toMatchObject({ workers: 1100000 });
    expect((await publishedFor("KR", id)).figure).toMatchObject({ workers: 48000 });
    expect((await publishedFor("TH", id)).total).toMatchObject({ workers: 1148000 });

    await setPublishedSourceRetired(ministry, id, true);
    expect(await publishedFor("TH", id)).toEqual({ figure: undefined, total: undefined });
    expect(await publishedFor("KR", id)).toEqual({ figure: undefined, total: undefined });
    // Retired, not gone: the list still has it, marked.
    const listed = (await listPublishedSources(ministry)).find((s) => s.id === id);
    expect(listed?.retiredAt).toBeInstanceOf(Date);

    await setPublishedSourceRetired(ministry, id, false);
    expect((await publishedFor("TH", id)).figure).toMatchObject({ workers: 1100000 });
    expect((await getPublishedSource(ministry, id)).retiredAt).toBeNull();

    const events = await auditOf(id);
    expect(events.map((e) => e.action)).toEqual(["publishedSource.create", "publishedSource.retire", "publishedSource.restore"]);
    expect(events[1].after).toEqual({ retiredAt: expect.any(String) });
    expect(events[2]).toMatchObject({ before: { retiredAt: expect.any(String) }, after: { retiredAt: null } });
  });

  it("answers NOT_FOUND for a source not on record", async () => {
    const ministry = await actorFor("ministry@registry.test");
    expect((await refusal(setPublishedSourceRetired(ministry, "no-such-source", true))).code).toBe("NOT_FOUND");
  });
});

describe("importPublishedFigures", () => {
  const row = (id: string, country: string, workers: string, title = "Imported report") => `${id},${title},2024-03-01,2023-12-31,${country},,${workers},`;

  it("saves nothing on a dry run, and says what an import would do", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const existing = newSourceId();
    const fresh = newSourceId();
    await savePublishedSource(ministry, sourceInput(existing));
    const csv = [HEADER, row(existing, "TH", "900000"), row(fresh, "MY", "23027")].join("\n");

    expect(await importPublishedFigures(ministry, csv, { dryRun: true })).toEqual({ created: [fresh], updated: [existing], problems: [], dryRun: true });
    expect(await db.publishedSource.count({ where: { id: fresh } })).toBe(0);
    expect(await getPublishedSource(ministry, existing)).toMatchObject({ version: 1, title: "ILO brief on Cambodian migrant workers" });
    expect(await auditOf(fresh)).toHaveLength(0);
    expect(await auditOf(existing)).toHaveLength(1);
  });

  it("saves nothing when a row has a problem, and names the row's line", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const good = newSourceId();
    const other = newSourceId();
    const csv = [HEADER, row(good, "TH", "1000"), "", row(other, "KR", "many"), row(other, "ZZ", "5")].join("\r\n");

    const result = await importPublishedFigures(ministry, csv, { dryRun: false });
    expect(result.problems).toEqual([
      { line: 4, message: "published.csvWorkers" },
      { line: 5, message: "published.csvUnknownCountry", values: { country: "ZZ", source: other } },
    ]);
    expect(await db.publishedSource.count({ where: { id: { in: [good, other] } } })).toBe(0);
    expect(await auditOf(good)).toHaveLength(0);
  });

  it("creates new sources and replaces those on record whole, each with its audit event", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const existing = newSourceId();
    const fresh = newSourceId();
    await savePublishedSource(ministry, sourceInput(existing));
    await setPublishedSourceRetired(ministry, existing, true);
    const csv = [HEADER, row(existing, "TH", "\"1,200,000\""), row(fresh, "MY", "23027"), row(fresh, "SG", "821")].join("\n");

    expect(await importPublishedFigures(ministry, csv, { dryRun: false })).toEqual({ created: [fresh], updated: [existing], problems: [], dryRun: false });
    // Replaced whole: Korea's figure is gone, the note too; and the source counts again.
    expect(await getPublishedSource(ministry, existing)).toMatchObject({
      title: "Imported report",
      note: null,
      retiredAt: null,
      version: 3,
      figures: [{ countryCode: "TH", workers: 1200000, note: null }],
    });
    expect((await getPublishedSource(ministry, fresh)).figures.map((f) => [f.countryCode, f.workers])).toEqual([
      ["MY", 23027],
      ["SG", 821],
    ]);
    expect((await publishedFor("TH", existing)).figure).toMatchObject({ workers: 1200000 });

    const replaced = await auditOf(existing);
    expect(replaced.at(-1)).toMatchObject({
      action: "publishedSource.import",
      actorId: ministry.id,
      before: { figures: { TH: 1100000, KR: 48000 }, retiredAt: expect.any(String) },
      after: { title: "Imported report", figures: { TH: 1200000 }, retiredAt: null },
    });
    expect((await auditOf(fresh)).map((e) => e.action)).toEqual(["publishedSource.import"]);
  });
});

describe("setReferenceSource", () => {
  const koreaReference = async () => (await getDestinationReport(await actorFor("ministry@registry.test"))).rows.find((row) => row.country === "KR")!.reference;

  it("makes the source ministry staff choose the destination's reference, until they go back to the default; each change audited", async () => {
    const ministry = await actorFor("ministry@registry.test");
    expect(await koreaReference()).toMatchObject({ sourceId: "molvt-2021", basis: "newestOfficial" });

    await setReferenceSource(ministry, { countryCode: "KR", sourceId: "kr-embassy-2022-03" });
    expect(await koreaReference()).toMatchObject({ sourceId: "kr-embassy-2022-03", workers: 45_000, basis: "chosen" });
    // Only Korea's reference moved.
    const thailand = (await getDestinationReport(ministry)).rows.find((row) => row.country === "TH")!;
    expect(thailand.reference).toMatchObject({ sourceId: "molvt-2021", basis: "newestOfficial" });

    // A newer official source becomes the default, but a choice stands until it is undone.
    const id = newSourceId();
    await savePublishedSource(ministry, sourceInput(id, { official: true, publishedOn: "2025-03-01", asOf: "2024-12-31" }));
    expect(await koreaReference()).toMatchObject({ sourceId: "kr-embassy-2022-03", basis: "chosen" });
    await setReferenceSource(ministry, { countryCode: "KR", sourceId: null });
    expect(await koreaReference()).toMatchObject({ sourceId: id, workers: 48_000, basis: "newestOfficial" });

    // A chosen source that is retired leaves the reports: the default takes its place.
    await setReferenceSource(ministry, { countryCode: "KR", sourceId: "molvt-2021" });
    expect(await koreaReference()).toMatchObject({ sourceId: "molvt-2021", basis: "chosen" });
    await setPublishedSourceRetired(ministry, "molvt-2021", true);
    expect(await koreaReference()).toMatchObject({ sourceId: id, basis: "newestOfficial" });
    await setPublishedSourceRetired(ministry, "molvt-2021", false);
    await setReferenceSource(ministry, { countryCode: "KR", sourceId: null });
    await setPublishedSourceRetired(ministry, id, true);

    const events = await db.auditEvent.findMany({ where: { action: "referenceSource.set", entityId: "KR" }, orderBy: { id: "asc" }, select: { actorId: true, before: true, after: true } });
    expect(events.map((event) => [event.before, event.after])).toEqual([
      [{ sourceId: null }, { sourceId: "kr-embassy-2022-03" }],
      [{ sourceId: "kr-embassy-2022-03" }, { sourceId: null }],
      [{ sourceId: null }, { sourceId: "molvt-2021" }],
      [{ sourceId: "molvt-2021" }, { sourceId: null }],
    ]);
    expect(events.every((event) => event.actorId === ministry.id)).toBe(true);
  });

  it("refuses a source that gives no figure for the destination, an unknown destination, and anyone but ministry staff", async () => {
    const ministry = await actorFor("ministry@registry.test");
    expect((await refusal(setReferenceSource(ministry, { countryCode: "TH", sourceId: "kr-embassy-2022-03" }))).fields).toEqual({ sourceId: ["published.reference.noFigure"] });
    expect((await refusal(setReferenceSource(ministry, { countryCode: "ZZ", sourceId: "molvt-2021" }))).fields).toEqual({ countryCode: ["validation.choose"] });
    expect((await refusal(setReferenceSource(await actorFor("officer.kr@registry.test"), { countryCode: "KR", sourceId: "kr-embassy-2022-03" }))).code).toBe("FORBIDDEN");
    expect((await refusal(setReferenceSource(await actorFor("admin@registry.test"), { countryCode: "KR", sourceId: "kr-embassy-2022-03" }))).code).toBe("FORBIDDEN");
    expect(await db.referenceSource.count({ where: { countryCode: { in: ["TH", "KR"] } } })).toBe(0);
  });
});

describe("who may manage published figures", () => {
  it("lets officers read them but change nothing, and keeps administrators and strangers out", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const officer = await actorFor("officer.th@registry.test");
    const admin = await actorFor("admin@registry.test");
    const id = newSourceId();
    await savePublishedSource(ministry, sourceInput(id));
    const csv = `${HEADER}\n${id},Officer's import,2024-03-01,2023-12-31,TH,,1,`;

    expect((await getPublishedSource(officer, id)).version).toBe(1);
    expect((await listPublishedSources(officer)).map((s) => s.id)).toContain(id);
    for (const work of [
      savePublishedSource(officer, sourceInput(newSourceId())),
      correctPublishedSource(officer, id, { ...sourceFields(), version: 1 }),
      setPublishedSourceRetired(officer, id, true),
      importPublishedFigures(officer, csv, { dryRun: true }),
      listPublishedSources(admin),
      savePublishedSource(admin, sourceInput(newSourceId())),
    ]) {
      expect((await refusal(work)).code).toBe("FORBIDDEN");
    }
    expect((await refusal(listPublishedSources(null))).code).toBe("UNAUTHENTICATED");
    expect(await getPublishedSource(ministry, id)).toMatchObject({ version: 1, retiredAt: null });
    expect(await auditOf(id)).toHaveLength(1);
  });
});
