import { useTranslations } from "next-intl";
import type { Digits } from "@/lib/i18n/digits";
import { setDigits } from "@/lib/i18n/set-digits";
import { Button } from "@/components/ui/button";

/**
 * Khmer or Latin digits for the Khmer pages, dates and reports alike. A plain form, like the
 * language switch: it works before JavaScript loads and the cookie remembers.
 */
export function DigitsSwitch({ digits }: { digits: Digits }) {
  const t = useTranslations("nav");
  const khmer = digits === "khmr";
  return (
    <form action={setDigits}>
      <Button type="submit" name="digits" value={khmer ? "latn" : "khmr"} aria-pressed={khmer} variant="toggle" size="sm" className="border border-input">
        {t("khmerDigits")}
      </Button>
    </form>
  );
}
