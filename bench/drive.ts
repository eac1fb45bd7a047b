import { summary, type Summary } from "./measure";

export type Work = () => Promise<unknown>;

/** What a load achieved: pieces of work done, their latencies (ms), failures by kind. */
export type Driven = {
  done: number;
  seconds: number;
  perSecond: number;
  latency: Summary | null;
  errors: Record<string, number>;
  samples: number[];
};

function outcome(samples: number[], errors: Record<string, number>, seconds: number): Driven {
  return { done: samples.length, seconds, perSecond: samples.length / seconds, latency: samples.length ? summary(samples) : null, errors, samples };
}

/**
 * `concurrency` loops, each awaiting the next piece of work from `next` until it returns null. A
 * failure is counted by its kind and the loop goes on, so one error does not end the load; only
 * successes are timed, so fast failures cannot make the latencies look good.
 */
export async function drive(next: () => Work | null, concurrency: number): Promise<Driven> {
  const samples: number[] = [];
  const errors: Record<string, number> = {};
  const start = performance.now();
  async function loop() {
    for (let work = next(); work; work = next()) {
      const begun = performance.now();
      try {
        await work();
        samples.push(performance.now() - begun);
      } catch (error) {
        const kind = errorKind(error);
        errors[kind] = (errors[kind] ?? 0) + 1;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, loop));
  return outcome(samples, errors, (performance.now() - start) / 1000);
}

/** Several measured stretches of the same load, as one. */
export function combine(runs: Driven[]): Driven {
  const errors: Record<string, number> = {};
  for (const run of runs) for (const [kind, n] of Object.entries(run.errors)) errors[kind] = (errors[kind] ?? 0) + n;
  return outcome(
    runs.flatMap((run) => run.samples),
    errors,
    runs.reduce((seconds, run) => seconds + run.seconds, 0),
  );
}

export const errorCount = (driven: Driven) => Object.values(driven.errors).reduce((a, b) => a + b, 0);

/** The same work over and over for a while: first `warmup` seconds unmeasured, then `seconds` measured. */
export async function sustain(work: Work, { concurrency, warmup, seconds }: { concurrency: number; warmup: number; seconds: number }): Promise<Driven> {
  const until = (deadline: number) => () => (performance.now() < deadline ? work : null);
  await drive(until(performance.now() + warmup * 1000), concurrency);
  return drive(until(performance.now() + seconds * 1000), concurrency);
}

/**
 * A short name for a failure, to count alike ones together: its code (an AppError's, Prisma's
 * P2034 for a deadlock, PostgreSQL's SQLSTATE) and the last line of its message, where Prisma puts
 * the cause; an AppError's field errors too.
 */
export function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, fields } = error as { code?: unknown; fields?: unknown };
  const lastLine = error.message.split("\n").map((line) => line.trim()).filter(Boolean).at(-1) ?? error.name;
  return [typeof code === "string" ? code : null, lastLine.slice(0, 160), fields ? JSON.stringify(fields) : null].filter(Boolean).join(" ");
}
