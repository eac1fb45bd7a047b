import { describe, expect, it } from "vitest";
import { breakdownFile, destinationsFile, monthlyFile, type DestinationReportData } from "./report-export";

/** The keys themselves, with their values: what each cell was asked to say is then plain to see. */
const words = { t: (key: string, values?: Record<string, string | number>) => (values ? `${key}${JSON.stringify(values)}` : key), locale: "en" };
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const asOf = new Date("2026-11-25T08:30:00Z");

const molvt = { sourceId: "molvt-2021", title: "Ministry report", publishedOn: day("2022-03-28"), asOf: day("2021-12-31") };
const embassy = { sourceId: "kr-embassy", title: "Ambassador's statement", publishedOn: day("2022-03-23"), asOf: day("2022-03-23") };

const koreaByMinistry = { ...molvt, workers: 45_866, gap: -45_855, coverage: 11 / 45_866 };
const thailandByMinistry = { ...molvt, workers: 1_220_197, gap: -1_219_919, coverage: 278 / 1_220_197 };

const report: DestinationReportData = {
  asOf,
  rows: [
    { country: "HK", nameEn: "Hong Kong", nameKm: "ហុងកុង", registered: 2, reference: null, published: [] },
    {
      country: "KR",
      nameEn: "South Korea",
      nameKm: "កូរ៉េខាងត្បូង",
      registered: 11,
      // The ambassador's statement is newer, but the ministry's own report is the reference.
      reference: { ...koreaByMinistry, basis: "newestOfficial" },
      published: [{ ...embassy, workers: 45_000, gap: -44_989, coverage: 11 / 45_000 }, koreaByMinistry],
    },
    { country: "TH", nameEn: "Thailand", nameKm: "ថៃ", registered: 278, reference: { ...thailandByMinistry, basis: "chosen" }, published: [thailandByMinistry] },
  ],
  total: {
    registered: 291,
    reference: {
      workers: 1_266_063,
      registered: 289,
      gap: -1_265_774,
      coverage: 289 / 1_266_063,
      countries: ["KR", "TH"],
      sources: [{ sourceId: "molvt-2021", title: "Ministry report" }],
    },
    // Only sources covering more than one destination have a total; the ambassador's has none.
    published: [{ ...molvt, workers: 1_266_063, gap: -1_265_774, coverage: 289 / 1_266_063, countries: ["KR", "TH"] }],
  },
};

describe("destinationsFile", () => {
  const file = destinationsFile(report, words);
  const [table, sources, about] = file.tables;

  it("puts each destination's reference figure first, the others as comparisons, then the totals that name what they cover", () => {
    expect(file.filename).toBe("destinations-2026-11-25");
    expect(table.columns.map((c) => c.kind)).toEqual(["text", "text", "count", "text", "text", "text", "date", "count", "count", "percent"]);
    const reference = 'reports.reference.label: reports.reference.basis.newestOfficial';
    expect(table.rows).toEqual([
      ["Hong Kong", "HK", 2, null, null, null, null, null, null, null],
      ["South Korea", "KR", 11, reference, "molvt-2021", "Ministry report", day("2021-12-31"), 45_866, -45_855, 11 / 45_866],
      ["South Korea", "KR", 11, "reports.reference.comparison", "kr-embassy", "Ambassador's statement", day("2022-03-23"), 45_000, -44_989, 11 / 45_000],
      ["Thailand", "TH", 278, "reports.reference.label: reports.reference.basis.chosen", "molvt-2021", "Ministry report", day("2021-12-31"), 1_220_197, -1_219_919, 278 / 1_220_197],
      // The destinations with a reference figure against the sum of those figures.
      ['reports.reference.total{"count":2,"all":3}', "KR TH", 289, "reports.reference.label", "molvt-2021", "Ministry report", null, 1_266_063, -1_265_774, 289 / 1_266_063],
      // A source's own total, naming the destinations it covers; none for a one-destination source.
      ['reports.reference.sourceTotal{"countries":"South Korea, Thailand"}', "KR TH", 289, "reports.reference.comparison", "molvt-2021", "Ministry report", day("2021-12-31"), 1_266_063, -1_265_774, 289 / 1_266_063],
    ]);
  });

  it("lists every published figure it rests on, by source", () => {
    expect(sources.name).toBe("reports.export.sources");
    expect(sources.rows).toEqual([
      ["kr-embassy", "Ambassador's statement", day("2022-03-23"), day("2022-03-23"), "KR", "South Korea", 45_000],
      ["molvt-2021", "Ministry report", day("2022-03-28"), day("2021-12-31"), "KR", "South Korea", 45_866],
      ["molvt-2021", "Ministry report", day("2022-03-28"), day("2021-12-31"), "TH", "Thailand", 1_220_197],
    ]);
  });

  it("says when it was computed", () => {
    expect(about.rows).toContainEqual(["reports.export.computedAt", "2026-11-25 08:30 UTC"]);
  });

  it("names destinations in Khmer for Khmer readers, and totals the register when no source applies", () => {
    const khmer = destinationsFile({ ...report, rows: report.rows.slice(0, 1), total: { registered: 2, reference: null, published: [] } }, { ...words, locale: "km" });
    expect(khmer.tables[0].rows).toEqual([
      ["ហុងកុង", "HK", 2, null, null, null, null, null, null, null],
      ["reports.allDestinations", "", 2, null, null, null, null, null, null, null],
    ]);
    expect(khmer.tables[1].rows).toEqual([]);
  });
});

describe("breakdownFile", () => {
  const breakdown = { asOf, by: "sex" as const, country: "KR", status: "DEPLOYED", rows: [{ key: "M", workers: 3 }, { key: "F", workers: 1 }], total: 4 };
  const file = breakdownFile(breakdown, (key) => `sex ${key}`, report.rows, words);

  it("gives each category its share, then the total", () => {
    expect(file.filename).toBe("breakdown-sex-KR-deployed-2026-11-25");
    expect(file.tables[0].name).toBe("reports.dimension.sex");
    expect(file.tables[0].rows).toEqual([
      ["M", "sex M", 3, 0.75],
      ["F", "sex F", 1, 0.25],
      ["", "reports.total", 4, 1],
    ]);
  });

  it("keeps the published figures of its destination only, and states its choices", () => {
    expect(file.tables[1].rows.map((row) => [row[0], row[4]])).toEqual([
      ["kr-embassy", "KR"],
      ["molvt-2021", "KR"],
    ]);
    expect(file.tables[2].rows).toContainEqual(["reports.destination", "South Korea"]);
    expect(file.tables[2].rows).toContainEqual(["worker.status", "enums.status.DEPLOYED"]);
  });

  it("has no share of an empty whole", () => {
    const empty = breakdownFile({ ...breakdown, country: null, status: null, rows: [], total: 0 }, String, report.rows, words);
    expect(empty.filename).toBe("breakdown-sex-2026-11-25");
    expect(empty.tables[0].rows).toEqual([["", "reports.total", 0, null]]);
    expect(empty.tables[1].rows).toHaveLength(3);
    expect(empty.tables[2].rows).toContainEqual(["worker.status", "reports.allStatuses"]);
  });
});

describe("monthlyFile", () => {
  it("lists each month, then the sums over the range", () => {
    const series = {
      asOf,
      country: "TH",
      from: "2025-11",
      to: "2026-01",
      months: [
        { month: "2025-11", deployed: 4, returned: 0 },
        { month: "2025-12", deployed: 0, returned: 2 },
        { month: "2026-01", deployed: 7, returned: 1 },
      ],
    };
    const file = monthlyFile(series, report.rows, words);
    expect(file.filename).toBe("monthly-TH-2025-11-2026-01");
    expect(file.tables[0].rows).toEqual([
      ["2025-11", 4, 0],
      ["2025-12", 0, 2],
      ["2026-01", 7, 1],
      ["reports.total", 11, 3],
    ]);
    expect(file.tables[1].rows.map((row) => row[4])).toEqual(["TH"]);
    expect(file.tables[2].rows).toContainEqual(["reports.monthly.from", "2025-11"]);
  });
});
