/**
 * How long the bench dwells on each measurement: the full run that writes bench/RESULTS.md, or the
 * quick pass `npm test` makes through the whole harness (every scenario, every phase, a small
 * register) to show that it still runs and that its two ways still agree. A quick pass times nothing
 * worth reading.
 */
export type Pace = {
  name: "full" | "quick";
  /** Each scenario of the data functions: runs before measuring, then measured runs of each way. */
  warmup: number;
  runs: number;
  /** The served targets (bench/concurrent.ts): rounds, and per target and round the warm-up and measured seconds. */
  rounds: number;
  targetWarmupSeconds: number;
  targetSeconds: number;
  /** Workers the officers register (then deploy, transfer, return) while the reports are read. */
  writeWorkers: number;
  /**
   * The signed-in users' run (bench/signed-in-load.ts): how many at once, the warm-up, and what is
   * measured: a duration, or each user going round the pages a number of times (which ends however
   * slow the machine is, so that every page is reached).
   */
  users: number;
  usersWarmupSeconds: number;
  usersMeasured: { seconds: number } | { rounds: number };
  /** Requests per signed-in page whose statements are counted (bench/page-statements.ts). */
  statementRequests: number;
};

export const FULL_PACE: Pace = {
  name: "full",
  warmup: 3,
  runs: 30,
  rounds: 3,
  targetWarmupSeconds: 1,
  targetSeconds: 4,
  writeWorkers: 150,
  users: 64,
  usersWarmupSeconds: 5,
  usersMeasured: { seconds: 60 },
  statementRequests: 20,
};

export const QUICK_PACE: Pace = {
  name: "quick",
  warmup: 1,
  runs: 1,
  rounds: 1,
  targetWarmupSeconds: 0,
  targetSeconds: 1,
  writeWorkers: 10,
  users: 4,
  usersWarmupSeconds: 0,
  usersMeasured: { rounds: 2 },
  statementRequests: 3,
};
