/**
 * `npm run reports:check`: recomputes the report tallies from the worker rows and prints any drift.
 * Exits 1 when the reports would not equal a fresh GROUP BY. Runs with the react-server condition,
 * under which lib/data's `server-only` guard is empty.
 */
import { findTallyDrift } from "../lib/data/tally-check";
import { db } from "../lib/db";

const drift = await findTallyDrift();
await db.$disconnect();
if (drift.length) {
  console.error(`${drift.length} tally cells differ from the worker rows:`);
  for (const d of drift.slice(0, 50)) console.error(`  ${d.tally} ${JSON.stringify(d.cell)}: kept ${d.kept}, actual ${d.actual}`);
  process.exit(1);
}
console.log("report tallies equal a fresh GROUP BY over the workers: no drift");
