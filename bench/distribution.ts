import { parsePublishedFigures } from "../lib/published-figures-csv";

/** The ministry's published totals per destination: the register the benchmark reproduces. */
export const BENCH_SOURCE = "molvt-2021";

/** One source's figures from prisma/data/published-totals.csv, by country code. */
export function publishedFigures(csv: string, sourceId = BENCH_SOURCE): Record<string, number> {
  const source = parsePublishedFigures(csv).find((s) => s.source.id === sourceId);
  if (!source) throw new Error(`no published figures for source ${sourceId}`);
  return Object.fromEntries(source.figures.map((figure) => [figure.countryCode, figure.workers]));
}

/**
 * `total` rows shared out in proportion to the figures, by largest remainder so that they add up
 * exactly (rounding each share would not); at the figures' own total, each count is its figure.
 */
export function apportion(figures: Record<string, number>, total: number): Record<string, number> {
  const sum = Object.values(figures).reduce((a, b) => a + b, 0);
  const shares = Object.entries(figures).map(([code, n]) => ({ code, exact: (total * n) / sum }));
  const counts = Object.fromEntries(shares.map(({ code, exact }) => [code, Math.floor(exact)]));
  const left = total - Object.values(counts).reduce((a, b) => a + b, 0);
  const byRemainder = [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1));
  for (let i = 0; i < left; i++) counts[byRemainder[i].code] += 1;
  return counts;
}
