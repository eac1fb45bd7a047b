/** Markup that is already safe: built by `html`, never from a string a person typed. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

type Value = string | number | Html | readonly Html[] | null | undefined | false;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

function markupOf(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map((item: Html) => item.markup).join("");
  return escapeHtml(String(value));
}

/**
 * The printable documents' markup, as a tagged template: every value is escaped unless it is
 * markup built the same way, so a worker's name can never become markup. The documents are
 * HTML strings because Chromium renders them to PDF from a string (page.setContent), and React
 * cannot render to a string in the server's request handlers.
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return new Html(strings.reduce((markup, part, index) => markup + part + (index < values.length ? markupOf(values[index]) : ""), ""));
}
