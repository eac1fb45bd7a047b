/** A label in both languages: the documents a worker keeps speak Khmer first, and English for the employer abroad. */
type Bilingual = { km: string; en: string };
export type BilingualLabels<K extends string> = Record<K, Bilingual>;
