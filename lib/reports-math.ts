/** A registered count against a published one: the gap (registered − published) and the coverage. */
export function compareWithPublished(registered: number, published: number): { gap: number; coverage: number | null } {
  // A published zero gives no ratio: coverage is unknown, not infinite.
  return { gap: registered - published, coverage: published > 0 ? registered / published : null };
}

/** The registered count a published figure was compared with, back from the figure and its gap. */
export function comparedRegistered(published: number, gap: number): number {
  return published + gap;
}

/** Quota utilisation: deployments in the year against the quota; none when there is no quota to use. */
export function utilisation(deployed: number, quota: number): number | null {
  return quota > 0 ? deployed / quota : null;
}

/** A category's share of the whole; none of an empty whole. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Deployments and returns summed over a range of months. */
export function monthlyTotals(months: { deployed: number; returned: number }[]): { deployed: number; returned: number } {
  return months.reduce((sum, month) => ({ deployed: sum.deployed + month.deployed, returned: sum.returned + month.returned }), { deployed: 0, returned: 0 });
}

/** The months from `from` to `to` (YYYY-MM, inclusive), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  const months: string[] = [];
  for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  return months;
}

type SourcedFigure = { sourceId: string; official: boolean; publishedOn: Date; asOf: Date };
export type ReferenceBasis = "chosen" | "newestOfficial";

/**
 * A destination's reference figure among its published ones: the source ministry staff chose for
 * it, while that source still gives a figure there; otherwise the newest (by the day described,
 * then by publication) official source of the ministry. None when no official source covers it.
 */
export function pickReference<F extends SourcedFigure>(figures: readonly F[], chosenSourceId: string | null): (F & { basis: ReferenceBasis }) | null {
  const chosen = chosenSourceId ? figures.find((figure) => figure.sourceId === chosenSourceId) : undefined;
  if (chosen) return { ...chosen, basis: "chosen" };
  const [newest] = figures
    .filter((figure) => figure.official)
    .sort((a, b) => b.asOf.getTime() - a.asOf.getTime() || b.publishedOn.getTime() - a.publishedOn.getTime() || a.sourceId.localeCompare(b.sourceId));
  return newest ? { ...newest, basis: "newestOfficial" } : null;
}
