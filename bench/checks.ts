/**
 * What a bench run must have shown besides its figures, whatever its pace: every scenario ran and
 * its two ways returned the same rows (timeScenario refuses to time two ways that disagree), every
 * served target and signed-in page answered without error, the tallies stayed exact under the write
 * load, and the import finished with every row and exact tallies. No timing is checked.
 */
import type { LoadResults } from "./concurrent";
import { errorCount, type Driven } from "./drive";
import type { ImportResults } from "./import-bench";
import type { Scenario, Timing } from "./measure";
import type { SignedInLoadResults } from "./signed-in-load";

export type Check = { name: string; ok: boolean; detail: string };

type Run = { scenarios: Scenario[]; timings: Timing[]; underLoad: LoadResults; signedInLoad: SignedInLoadResults; imports: ImportResults };

const served = (name: string, driven: Driven): Check => ({
  name,
  ok: driven.done > 0 && errorCount(driven) === 0,
  detail: `${driven.done} answered, errors ${JSON.stringify(driven.errors)}`,
});

export function checksOf({ scenarios, timings, underLoad, signedInLoad, imports }: Run): Check[] {
  const timed = new Set(timings.map((timing) => timing.scenario));
  const { drift } = underLoad;
  const users = signedInLoad;
  return [
    ...scenarios.map((scenario) => ({
      name: `scenario ${scenario.group}, ${scenario.name}: ran, both ways returned the same rows`,
      ok: timed.has(scenario),
      detail: timed.has(scenario) ? "agreed" : "not run",
    })),
    ...underLoad.targets.map((target) => served(`served: ${target.name}`, target.driven)),
    served("served: /reports while officers write", underLoad.mixed.reads),
    ...underLoad.mixed.writes.map((wave) => served(`writes: ${wave.name}`, wave.driven)),
    {
      name: "tallies exact after the write load and after removing its workers",
      ok: drift.afterLoad.length === 0 && drift.afterRemoval.length === 0,
      detail: `${drift.afterLoad.length} cells off after the load, ${drift.afterRemoval.length} after removing ${drift.removed} workers`,
    },
    ...Object.entries(users.byPage).map(([page, { requests, non2xx }]) => ({
      name: `signed-in users: ${page}`,
      ok: requests > 0 && non2xx === 0,
      detail: `${requests} requests, ${non2xx} not 2xx`,
    })),
    // A page counted while it redirected to the sign-in would count the redirect's statements.
    ...users.statements.map((count) => ({
      name: `statements counted: ${count.page} as ${count.as} answered 200 each time`,
      ok: count.statuses.length === 1 && count.statuses[0] === 200,
      detail: `statuses ${count.statuses.join(", ")}; ${count.perRequest.toFixed(1)} statements a request`,
    })),
    {
      name: "signed-in users: no error or timeout",
      ok: users.errors === 0 && users.timeouts === 0,
      detail: `${users.errors} errors, ${users.timeouts} timeouts`,
    },
    {
      name: "import: every row of the file created, tallies exact",
      ok: imports.ours.status === "SUCCEEDED" && imports.ours.counts.created === imports.rows && imports.tallies.exact,
      detail: `${imports.ours.status}, ${imports.ours.counts.created} of ${imports.rows} created; tallies: ${imports.tallies.output}`,
    },
  ];
}

export function renderChecks(checks: Check[]): string {
  const failed = checks.filter((check) => !check.ok);
  const lines = checks.map((check) => `${check.ok ? "ok  " : "FAIL"} ${check.name}${check.ok ? "" : ` (${check.detail})`}`);
  return `${lines.join("\n")}\nbench checks: ${checks.length - failed.length} passed, ${failed.length} failed`;
}
