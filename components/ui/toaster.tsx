"use client";
import type { CSSProperties } from "react";
import { useTranslations } from "next-intl";
import { Toaster as Sonner } from "sonner";

/** Where toasts appear, in the design's colours whichever the theme (the tokens carry both). */
export function Toaster() {
  const t = useTranslations("ui");
  return (
    <Sonner
      position="top-center"
      containerAriaLabel={t("notifications")}
      style={{ "--normal-bg": "var(--card)", "--normal-text": "var(--card-foreground)", "--normal-border": "var(--border)" } as CSSProperties}
      toastOptions={{ classNames: { toast: "font-sans", success: "[&_[data-icon]]:text-success", error: "[&_[data-icon]]:text-destructive" } }}
    />
  );
}
