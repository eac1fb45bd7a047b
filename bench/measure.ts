import { median, percentile } from "./stats";

/** One query done two ways; each returns what it found, so the harness can check they agree. */
export type Scenario = { group: string; name: string; ours: () => Promise<string>; naive: () => Promise<string> };

export type Timing = { scenario: Scenario; ours: Summary; naive: Summary };
export type Summary = { median: number; p95: number };

export const summary = (samples: number[]): Summary => ({ median: median(samples), p95: percentile(samples, 95) });

async function clock(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Warm-up runs first (caches, pooled connections), then the two ways in turn, so that whatever else the
 * machine is doing weighs on both alike.
 */
export async function timeScenario(scenario: Scenario, { warmup, runs }: { warmup: number; runs: number }): Promise<Timing> {
  const [ours, naive] = [await scenario.ours(), await scenario.naive()];
  if (ours !== naive) throw new Error(`${scenario.group}, ${scenario.name}: the two ways disagree:\n  ours:  ${ours}\n  naive: ${naive}`);
  for (let i = 1; i < warmup; i++) {
    await scenario.ours();
    await scenario.naive();
  }
  const samples = { ours: [] as number[], naive: [] as number[] };
  for (let i = 0; i < runs; i++) {
    samples.ours.push(await clock(scenario.ours));
    samples.naive.push(await clock(scenario.naive));
  }
  return { scenario, ours: summary(samples.ours), naive: summary(samples.naive) };
}
