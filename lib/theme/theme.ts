/** Light, dark, or whatever the visitor's system prefers; the choice is kept in a cookie, like the language. */
export const THEME_COOKIE = "THEME";
export const themes = ["system", "light", "dark"] as const;
export type Theme = (typeof themes)[number];

export function resolveTheme(value: string | undefined | null): Theme {
  return (themes as readonly string[]).includes(value ?? "") ? (value as Theme) : "system";
}

/** The class on <html> that fixes the colour scheme; none leaves it to prefers-color-scheme. */
export function themeClass(theme: Theme): string | undefined {
  return theme === "system" ? undefined : theme;
}
