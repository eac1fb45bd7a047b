/** The p-th percentile (0–100) of the samples, interpolating between the two nearest ranks. */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) throw new Error("no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
}

export const median = (samples: number[]) => percentile(samples, 50);
