const escapes: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One row in COPY's text format: tab-separated, \N for null, and the characters it reserves escaped. */
export function copyLine(values: (string | null)[]): string {
  return `${values.map((value) => (value === null ? "\\N" : value.replace(/[\\\t\n\r]/g, (char) => escapes[char]))).join("\t")}\n`;
}

/** A text[] value as PostgreSQL reads it, `{"a","b"}`, to be passed through copyLine like any other field. */
export function arrayLiteral(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`).join(",")}}`;
}
