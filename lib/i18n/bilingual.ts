import "server-only";
import { createTranslator } from "next-intl";
import type { BilingualLabels } from "@/lib/documents/bilingual";
import en from "@/messages/en.json";
import km from "@/messages/km.json";

type Translate = (key: string) => string;

const translators = {
  km: (namespace: string) => createTranslator({ locale: "km", messages: km, namespace: namespace as never }) as unknown as Translate,
  en: (namespace: string) => createTranslator({ locale: "en", messages: en, namespace: namespace as never }) as unknown as Translate,
};

/** The labels of a document in Khmer and English, whatever language the reader uses: straight from both catalogues. */
export function bilingual<K extends string>(namespace: string, keys: readonly K[]): BilingualLabels<K> {
  const [inKhmer, inEnglish] = [translators.km(namespace), translators.en(namespace)];
  return Object.fromEntries(keys.map((key) => [key, { km: inKhmer(key), en: inEnglish(key) }])) as BilingualLabels<K>;
}
