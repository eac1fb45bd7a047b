import { useTranslations } from "next-intl";
import type { Digits } from "@/lib/i18n/digits";
import { setDigits } from "@/lib/i18n/set-digits";
import { cn } from "@/lib/cn";

/** A plain form, like the language switch: it works before JavaScript loads and the cookie remembers. */
export function DigitsSwitch({ digits }: { digits: Digits }) {
  const t = useTranslations("reports");
  const khmer = digits === "khmr";
  return (
    <form action={setDigits}>
      <button
        type="submit"
        name="digits"
        value={khmer ? "latn" : "khmr"}
        aria-pressed={khmer}
        className={cn("rounded-md border px-3 py-1.5 text-sm", khmer ? "border-slate-800 bg-slate-800 text-white" : "border-input bg-card text-foreground hover:bg-muted")}
      >
        {t("khmerDigits")}
      </button>
    </form>
  );
}
