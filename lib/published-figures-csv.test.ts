import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import km from "@/messages/km.json";
import { parsePublishedFigures, readPublishedFigures } from "./published-figures-csv";

const HEADER = "source_id,source_title,published_on,as_of,country_iso2,country_name,workers,note";
const file = (...rows: string[]) => [HEADER, ...rows].join("\n");
const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("readPublishedFigures", () => {
  it("groups the rows of a source, with each country's number and note", () => {
    const { sources, problems } = readPublishedFigures(
      file(
        "ilo-2023,ILO brief,2023-06-01,2022-12-31,TH,Thailand,\"1,100,000\",rounded",
        "ilo-2023,ILO brief,2023-06-01,2022-12-31,kr,South Korea, 48 000 ,",
        "kr-embassy,Ambassador's statement,2022-03-23,2022-03-23,KR,South Korea,45000,",
      ),
    );
    expect(problems).toEqual([]);
    expect(sources).toEqual([
      {
        source: { id: "ilo-2023", title: "ILO brief", publishedOn: day("2023-06-01"), asOf: day("2022-12-31"), note: null, official: false },
        figures: [
          { countryCode: "TH", workers: 1_100_000, note: "rounded" },
          { countryCode: "KR", workers: 48_000, note: null },
        ],
      },
      {
        source: { id: "kr-embassy", title: "Ambassador's statement", publishedOn: day("2022-03-23"), asOf: day("2022-03-23"), note: null, official: false },
        figures: [{ countryCode: "KR", workers: 45_000, note: null }],
      },
    ]);
  });

  it("reads counts as the ministry prints them, in Latin or Khmer digits, and whether the ministry published the source", () => {
    const { sources, problems } = readPublishedFigures(
      [
        `${HEADER},official`,
        'molvt-2024,Ministry report,2025-03-01,2024-12-31,TH,Thailand,"1,250,000",,yes',
        "molvt-2024,Ministry report,2025-03-01,2024-12-31,KR,South Korea,24 100,,yes",
        "molvt-2024,Ministry report,2025-03-01,2024-12-31,JP,Japan,១២ ៣៤៥,,yes",
        "molvt-2024,Ministry report,2025-03-01,2024-12-31,MY,Malaysia,១២៣៤៥,,yes",
        "survey,A survey,2025-03-01,2024-12-31,TH,Thailand,1,,no",
        // Groups that are not thousands, and an answer that is neither yes nor no.
        'bad,A survey,2025-03-01,2024-12-31,SG,Singapore,"1,25,000",,',
        "worse,A survey,2025-03-01,2024-12-31,SG,Singapore,821,,perhaps",
      ].join("\n"),
    );
    expect(sources.map(({ source, figures }) => [source.id, source.official, figures.map((f) => f.workers)])).toEqual([
      ["molvt-2024", true, [1_250_000, 24_100, 12_345, 12_345]],
      ["survey", false, [1]],
    ]);
    expect(problems).toEqual([
      { line: 7, message: "published.csvWorkers" },
      { line: 8, message: "published.csvOfficial" },
    ]);
  });

  it("reads the file the seed loads, with its BOM, quoted titles and quoted notes", () => {
    const shipped = readFileSync(path.join(import.meta.dirname, "../prisma/data/published-totals.csv"), "utf8");
    const sources = parsePublishedFigures(`\uFEFF${shipped}`);
    expect(sources.map((s) => [s.source.id, s.source.official])).toEqual([
      ["molvt-2021", true],
      ["kr-embassy-2022-03", false],
    ]);
    expect(sources[0].source.title).toBe("Ministry of Labour and Vocational Training report on Cambodian workers abroad");
    expect(sources[0].figures.reduce((sum, f) => sum + f.workers, 0)).toBe(1_301_609);
    expect(sources[1].figures).toEqual([{ countryCode: "KR", workers: 45_000, note: "stated as 'about 45,000'" }]);
  });

  it("reports every problem row by its line and reason, and keeps the good rows", () => {
    const { sources, problems } = readPublishedFigures(
      file(
        "ok-source,Good,2023-06-01,2022-12-31,TH,Thailand,100,", // 2
        "Bad Id,Title,2023-06-01,2022-12-31,TH,Thailand,100,", // 3
        "no-title, ,2023-06-01,2022-12-31,TH,Thailand,100,", // 4
        "bad-date,Title,2023-02-30,2022-12-31,TH,Thailand,100,", // 5
        "bad-date,Title,2023-06-01,31/12/2022,TH,Thailand,100,", // 6
        "late,Title,2023-06-01,2023-06-02,TH,Thailand,100,", // 7
        "bad-country,Title,2023-06-01,2022-12-31,Thai,Thailand,100,", // 8
        "bad-workers,Title,2023-06-01,2022-12-31,TH,Thailand,-5,", // 9
        "bad-workers,Title,2023-06-01,2022-12-31,TH,Thailand,,", // 10
        "bad-workers,Title,2023-06-01,2022-12-31,TH,Thailand,1e3,", // 11
        "bad-workers,Title,2023-06-01,2022-12-31,TH,Thailand,2000000000,", // 12
        "ok-source,Good,2023-06-01,2022-12-31,TH,Thailand,200,", // 13
        "ok-source,Other title,2023-06-01,2022-12-31,KR,South Korea,200,", // 14
      ),
    );
    expect(problems).toEqual([
      { line: 3, message: "published.csvSourceId" },
      { line: 4, message: "published.csvTitle" },
      { line: 5, message: "published.csvDate" },
      { line: 6, message: "published.csvDate" },
      { line: 7, message: "validation.asOfAfterPublished" },
      { line: 8, message: "published.csvCountry" },
      { line: 9, message: "published.csvWorkers" },
      { line: 10, message: "published.csvWorkers" },
      { line: 11, message: "published.csvWorkers" },
      { line: 12, message: "published.csvWorkers" },
      { line: 13, message: "published.csvRepeated", values: { country: "TH" } },
      { line: 14, message: "published.csvSourceDiffers", values: { source: "ok-source" } },
    ]);
    expect(sources).toEqual([expect.objectContaining({ figures: [{ countryCode: "TH", workers: 100, note: null }] })]);
  });

  it("knows, when told, which countries exist", () => {
    const text = file("ok-source,Good,2023-06-01,2022-12-31,TH,Thailand,100,", "ok-source,Good,2023-06-01,2022-12-31,XX,Nowhere,5,");
    expect(readPublishedFigures(text).problems).toEqual([]);
    expect(readPublishedFigures(text, new Set(["TH", "KR"])).problems).toEqual([
      { line: 3, message: "published.csvUnknownCountry", values: { country: "XX", source: "ok-source" } },
    ]);
  });

  it("counts lines as the file has them, past blank lines and line breaks inside quotes", () => {
    const text = `${HEADER}\r\n\r\nok,"Title on\r\ntwo lines",2023-06-01,2022-12-31,TH,Thailand,100,\r\n\r\nok,"Title on\r\ntwo lines",2023-06-01,2022-12-31,TH,Thailand,100,\r\n`;
    expect(readPublishedFigures(text).problems).toEqual([{ line: 6, message: "published.csvRepeated", values: { country: "TH" } }]);
  });

  it("refuses a file without the required columns as a whole, on line 1", () => {
    expect(readPublishedFigures("source_id,title,workers\nmolvt,Report,5")).toEqual({
      sources: [],
      problems: [{ line: 1, message: "published.csvColumns", values: { columns: `${HEADER.replaceAll(",", ", ")}, official` } }],
    });
    // The country's name and the note are there for people; a file may leave them out.
    const minimal = "source_id,source_title,published_on,as_of,country_iso2,workers\nok,Title,2023-06-01,2022-12-31,TH,100";
    expect(readPublishedFigures(minimal)).toMatchObject({ problems: [], sources: [{ figures: [{ countryCode: "TH", workers: 100, note: null }] }] });
  });

  it("finds nothing in an empty file or one with a header only", () => {
    expect(readPublishedFigures("")).toEqual({ sources: [], problems: [] });
    expect(readPublishedFigures(`${HEADER}\n`)).toEqual({ sources: [], problems: [] });
  });

  it("has every problem's message in English and in Khmer", () => {
    const keys = ["csvColumns", "csvSourceId", "csvTitle", "csvDate", "csvCountry", "csvWorkers", "csvRepeated", "csvUnknownCountry", "csvSourceDiffers"];
    for (const key of keys) {
      expect(en.published, key).toHaveProperty(key);
      expect(km.published, key).toHaveProperty(key);
    }
    expect(km.validation).toHaveProperty("asOfAfterPublished");
  });

  it("refuses a shipped file with a problem, for the seed", () => {
    expect(() => parsePublishedFigures(file("x,Title,2023-06-01,2022-12-31,TH,Thailand,100,"))).toThrow(/csvSourceId/);
  });
});
