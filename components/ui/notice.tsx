import type { HTMLAttributes } from "react";
import { cn } from "@/lib/cn";

const tones = {
  error: "border-destructive/30 bg-destructive/10 text-destructive",
  success: "border-success/30 bg-success/10 text-success",
  warning: "border-warning/40 bg-warning/10 text-foreground",
  info: "border-info/30 bg-info/10 text-foreground",
  neutral: "border-border bg-muted text-foreground",
} as const;

/**
 * A message boxed in the colour of its tone. The caller gives the role: "alert" for a refusal or
 * an error, "status" for news that can wait its turn.
 */
export function Notice({ tone, className, ...props }: HTMLAttributes<HTMLDivElement> & { tone: keyof typeof tones }) {
  return <div className={cn("rounded-md border p-3 text-sm", tones[tone], className)} {...props} />;
}
