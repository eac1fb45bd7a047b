"use client";
import * as ProgressPrimitive from "@radix-ui/react-progress";
import { cn } from "@/lib/cn";

/** How far a long job has come, 0 to 100; a failed one shows in the error colour. */
export function Progress({ value, label, failed = false, className }: { value: number; label: string; failed?: boolean; className?: string }) {
  return (
    <ProgressPrimitive.Root value={value} max={100} aria-label={label} className={cn("relative h-3 overflow-hidden rounded-full bg-accent", className)}>
      <ProgressPrimitive.Indicator
        className={cn("h-full transition-transform", failed ? "bg-destructive" : "bg-primary")}
        // Radix's own pattern: the bar is moved, not resized, so the transition stays smooth.
        style={{ transform: `translateX(-${100 - value}%)` }}
      />
    </ProgressPrimitive.Root>
  );
}
