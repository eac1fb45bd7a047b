import { describe, expect, it } from "vitest";
import { PASSPORT_PATTERN } from "../lib/schemas/worker";
import { registerChunks, WORKER_COLUMNS } from "./generate";
import { registerNames } from "./names";

const POST = "00000000-0000-4000-8000-000000000001";

function rows(counts: Record<string, number>, batchSize?: number) {
  const chunks = [...registerChunks(counts, { provinces: ["KH-1", "KH-2"], postIdFor: (c) => (c === "HK" ? null : POST), today: Date.UTC(2026, 10, 25) }, batchSize)];
  const lines = chunks.flatMap((chunk) => chunk.text.split("\n").slice(0, -1));
  return { chunks, records: lines.map((line) => Object.fromEntries(line.split("\t").map((value, i) => [WORKER_COLUMNS[i], value]))) };
}

describe("registerChunks", () => {
  it("writes exactly the requested workers per destination, in batches", () => {
    const { chunks, records } = rows({ TH: 25, KR: 10, HK: 2 }, 10);
    expect(chunks.map((chunk) => chunk.rows)).toEqual([10, 10, 10, 7]);
    expect(records).toHaveLength(37);
    expect(records.filter((r) => r.destinationCountry === "KR")).toHaveLength(10);
  });

  it("fills every column, in order, with what the schema accepts", () => {
    const { records } = rows({ TH: 200, HK: 5 });
    for (const record of records) {
      expect(Object.keys(record)).toEqual([...WORKER_COLUMNS]);
      expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(record.registrationNo).toMatch(/^(TH|HK)\d{2}-\d{7}$/);
      expect(record.passportNo).toMatch(PASSPORT_PATTERN);
      expect(["M", "F"]).toContain(record.sex);
      expect(record.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/);
      expect(record.postId).toBe(record.destinationCountry === "HK" ? "\\N" : POST);
    }
  });

  it("never repeats a registration or passport number", () => {
    const { records } = rows({ TH: 3_000, KR: 500 });
    expect(new Set(records.map((r) => r.passportNo)).size).toBe(3_500);
    expect(new Set(records.map((r) => r.registrationNo.slice(-7))).size).toBe(3_500);
  });
});

describe("registerNames", () => {
  it("repeats no name, and pairs each with its Khmer spelling", () => {
    for (const list of Object.values(registerNames)) {
      expect(new Set(list.map(([latin]) => latin)).size).toBe(list.length);
      expect(new Set(list.map(([, khmer]) => khmer)).size).toBe(list.length);
      for (const [latin, khmer] of list) {
        expect(latin).toMatch(/^[A-Z]+$/);
        expect(khmer).toMatch(/^[\u1780-\u17FF]+$/);
      }
    }
  });
});
