import { getTranslations } from "next-intl/server";
import { getTheme } from "@/lib/theme/get-theme";
import { setTheme } from "@/lib/theme/set-theme";
import { themes, type Theme } from "@/lib/theme/theme";
import { Button } from "@/components/ui/button";

const icons: Record<Theme, React.ReactNode> = {
  system: <path d="M3 5h18v11H3zM8 20h8M12 16v4" />,
  light: <path d="M12 4V2m0 20v-2m8-8h2M2 12h2m13.66-5.66 1.41-1.41M4.93 19.07l1.41-1.41m0-11.32L4.93 4.93m14.14 14.14-1.41-1.41M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z" />,
  dark: <path d="M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z" />,
};

/** Like the language switch, a plain form: it works before JavaScript loads and the cookie remembers. */
export async function ThemeSwitch() {
  const [theme, t] = await Promise.all([getTheme(), getTranslations("ui.theme")]);
  return (
    <form action={setTheme} className="flex items-center gap-0.5" aria-label={t("label")}>
      {themes.map((value) => (
        <Button key={value} type="submit" name="theme" value={value} variant="toggle" size="icon" aria-pressed={value === theme} aria-label={t(value)} title={t(value)}>
          <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
            {icons[value]}
          </svg>
        </Button>
      ))}
    </form>
  );
}
