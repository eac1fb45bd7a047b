/**
 * Lists sorted in code for a reader sort with their language's collation: in Khmer, ICU's `km`
 * rules (consonant order, then the subscripts and vowels that follow), in English by letters
 * regardless of case and accents. A plain sort() compares code points, which puts "Ñ" after "Z".
 */
export function byName<T>(locale: string, nameOf: (item: T) => string): (a: T, b: T) => number {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  return (a, b) => collator.compare(nameOf(a), nameOf(b));
}
