import type { HTMLAttributes } from "react";
import { cn } from "@/lib/cn";

const tones = {
  neutral: "bg-accent text-accent-foreground",
  success: "bg-success/15 text-success",
  warning: "bg-warning/20 text-foreground",
  info: "bg-info/15 text-info",
  danger: "bg-destructive/15 text-destructive",
} as const;

export type BadgeTone = keyof typeof tones;

/** A short label on a record: a status, a state. */
export function Badge({ tone = "neutral", className, ...props }: HTMLAttributes<HTMLSpanElement> & { tone?: BadgeTone }) {
  return <span className={cn("inline-block rounded-full px-2 py-0.5 text-xs font-semibold", tones[tone], className)} {...props} />;
}
