import { ratio, thousands } from "./format";
import { SAMPLE_ROWS, type ImportResults } from "./import-bench";

const s = (seconds: number) => `${seconds < 10 ? seconds.toFixed(1) : thousands(seconds)} s`;

/** The import's section of bench/RESULTS.md. */
export function renderImport(results: ImportResults): string {
  const { ours, createMany, writes } = results;
  const perRow = (seconds: number, rows: number) => (seconds / rows) * results.rows;
  const full = writes[0];
  const sample = Math.min(SAMPLE_ROWS, results.rows);
  const shares = writes.map((w) => Math.round((100 * w.seconds) / full.seconds));
  const rows = [
    ["plain COPY of the file into a table with no constraint (the baseline)", s(results.copySeconds), "1.0×"],
    ["**the app's import, in all**", `**${s(ours.seconds.total)}**`, `**${ratio(ours.seconds.total, results.copySeconds)}**`],
    ["  upload into the import's storage (1 MiB chunks, SHA-256)", s(ours.seconds.store), ratio(ours.seconds.store, results.copySeconds)],
    ["  reading: parsing, row checks, COPY into the staging table, repeats in the file", s(ours.seconds.read), ratio(ours.seconds.read, results.copySeconds)],
    ["  writing: matching by passport, batches of 20,000 into the register, audit", s(ours.seconds.write), ratio(ours.seconds.write, results.copySeconds)],
    [`Prisma createMany, the first ${thousands(createMany.rows)} rows (no checks)`, s(createMany.seconds), ratio(createMany.seconds, results.copySeconds)],
    ...(createMany.rows < results.rows
      ? [[`  at that rate for all ${thousands(results.rows)} rows`, s(perRow(createMany.seconds, createMany.rows)), ratio(perRow(createMany.seconds, createMany.rows), results.copySeconds)]]
      : []),
  ];
  return `## Bulk import (issue #6)

The national register as the CSV file a post would upload: ${thousands(results.rows)} rows, ${results.fileMb.toFixed(0)} MB, in the
template's columns (dates of birth day first, DD/MM/YYYY). Imported by the administrator for every destination into an
**empty register of its own** (a switch-over), with the app's code: \`storeImportFile\` streams the upload into storage, then
\`runImportJob\` reads it back, parses it as a stream, checks each row and COPYs it into a staging table, checks the whole
file set-based (passports and registration numbers repeated), and writes batches of 20,000 rows (matched with the
register by passport, new workers inserted, registered ones updated, rejected rows kept with their reasons, the job's
counters), each batch one transaction; one audit event at the end. It ran in a process of its own (bench/import-child.ts),
whose memory is reported. The baseline, in the same run: a plain \`COPY … (FORMAT csv)\` of the same file into a table of
15 text columns with no index, constraint or trigger.

| | time | ÷ plain COPY |
| --- | ---: | ---: |
${rows.map((row) => `| ${row.join(" | ")} |`).join("\n")}

Outcome: ${ours.status}; ${thousands(ours.counts.rowsRead)} rows read, ${thousands(ours.counts.created)} workers created, ${thousands(ours.counts.updated)} updated,
${thousands(ours.counts.unchanged)} unchanged, ${thousands(ours.counts.rejected)} rejected; ${ours.audits} audit event. \`npm run reports:check\` on that
register afterwards: ${results.tallies.exact ? "**no drift**" : `**drift**: ${results.tallies.output}`}.

Memory: the importing process's resident set was ${thousands(ours.restingRssMb)} MB at rest (Node, Prisma and the app's modules
loaded) and peaked at **${thousands(ours.peakRssMb)} MB** over a ${results.fileMb.toFixed(0)} MB file: the file is never held whole (1 MiB
chunks in, a few hundred rows at a time through the parser and into COPY, 20,000 rows per batch in the database).

**The goal of 3× the plain COPY is ${ours.seconds.total <= 3 * results.copySeconds ? "met" : "not met"}: ${ratio(ours.seconds.total, results.copySeconds)}.** Reading the file, with every row
checked and staged, costs ${ratio(ours.seconds.store + ours.seconds.read, results.copySeconds)} the plain COPY; the rest is writing into a register that keeps its indexes
and tallies up to date as it goes. Where that time goes, from ${thousands(sample)} new workers inserted into the register just
imported (one INSERT … SELECT each, rolled back, what is set aside dropped inside the transaction):

| the same ${thousands(sample)} new workers inserted | time | share of the full insert |
| --- | ---: | ---: |
${writes.map((w, i) => `| ${w.variant} | ${s(w.seconds)} | ${shares[i]}% |`).join("\n")}

Of that insert's time, the two trigram GIN indexes take ${shares[0] - shares[1]}%, the other secondary b-tree indexes ${shares[1] - shares[2]}%, the foreign
keys and the tally triggers ${shares[2] - shares[3]}%, and the rows themselves with their primary key ${shares[3]}%: every index is updated
for every row, most of them (names, dates, phones) at places all over the index. Setting the indexes aside and building
them once afterwards, as the bench's own loader does, would take that share away, but it locks the register against
every reader for as long, so the import, which runs beside officers at work, keeps them. Ids that grow with time
(\`import_uuid_v7()\`) put the primary key's inserts at its end.`;
}
