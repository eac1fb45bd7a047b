/** Words that carry no meaning in an id: "Ministry of Labour" gives ministry-labour. */
const MINOR_WORDS = new Set(["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"]);
/** The meaningful words of a title an id keeps, so that it stays short enough to type and read. */
const WORDS_KEPT = 4;

/**
 * A source id proposed from the source's title and publication date, for the analyst to accept or
 * change: the title's first meaningful Latin words and the year it was published, in lowercase
 * and hyphens ("Ministry of Labour and Vocational Training report", 2022-03-28 →
 * "ministry-labour-vocational-training-2022"). A title without Latin words (one in Khmer) gives
 * "source-<year>". When the id is already on record, a number makes it new ("…-2022-2").
 */
export function proposeSourceId(title: string, publishedOn: string, taken: ReadonlySet<string> = new Set()): string {
  const words = (title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => !MINOR_WORDS.has(word));
  const year = /^(\d{4})-\d{2}-\d{2}$/.exec(publishedOn)?.[1];
  const stem = words.slice(0, WORDS_KEPT).join("-").slice(0, 50).replace(/-+$/, "") || "source";
  const base = year && !words.slice(0, WORDS_KEPT).includes(year) ? `${stem}-${year}` : stem;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
