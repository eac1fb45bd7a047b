/**
 * Issue #17's count: how many statements each signed-in page sends to PostgreSQL, read by the
 * statement counter (bench/statement-counter.ts) between the app and the database over a few
 * requests one after the other, each answered before the next is sent, after a warm-up.
 */
import type { StatementCounter } from "./statement-counter";

export type PageStatements = { page: string; as: string; requests: number; statements: number; perRequest: number; statuses: number[] };

const WARMUP = 2;

export async function countPageStatements(
  origin: string,
  counter: StatementCounter,
  visits: { page: string; as: string; path: string; cookie: string }[],
  requests: number,
): Promise<PageStatements[]> {
  const results: PageStatements[] = [];
  for (const visit of visits) {
    const get = async () => {
      const response = await fetch(`${origin}${visit.path}`, { headers: { cookie: visit.cookie }, redirect: "manual" });
      await response.arrayBuffer();
      return response.status;
    };
    for (let i = 0; i < WARMUP; i++) await get();
    counter.reset();
    const statuses = new Set<number>();
    for (let i = 0; i < requests; i++) statuses.add(await get());
    const statements = counter.count();
    results.push({ page: visit.page, as: visit.as, requests, statements, perRequest: statements / requests, statuses: [...statuses] });
  }
  return results;
}
