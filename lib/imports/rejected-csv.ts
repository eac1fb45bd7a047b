import { csvRow } from "@/lib/csv";

/** A reason as stored, `key` or `key:argument` (the line a repeated value was first on). */
function splitReason(reason: string): { key: string; line?: string } {
  const [key, line] = reason.split(":");
  return line === undefined ? { key } : { key, line };
}

export type RejectedRowsWords = {
  line: string;
  reasons: string;
  /** A reason in the reader's language. */
  reason: (key: string, values: { line?: string }) => string;
};

/**
 * The rejected rows as a CSV file: the line, every reason, then the row as the file had it, under
 * the file's own headers; UTF-8 with a BOM so that spreadsheets show Khmer. Fixed and uploaded
 * again, it imports: the two extra columns are not the template's and are left out.
 */
export function rejectedRowsCsv(
  rejected: { headers: string[]; batches: AsyncIterable<{ line: number; cells: string[]; reasons: string[] }[]> },
  words: RejectedRowsWords,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rejected.batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvRow([words.line, words.reasons, ...rejected.headers])}`));
        return;
      }
      const { done, value } = await iterator.next();
      if (done) {
        controller.close();
        return;
      }
      const text = value
        .map((row) => {
          const reasons = row.reasons.map((reason) => {
            const { key, line } = splitReason(reason);
            return words.reason(key, { line });
          });
          return csvRow([row.line, reasons.join("; "), ...row.cells]);
        })
        .join("");
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
