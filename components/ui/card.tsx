import type { HTMLAttributes } from "react";
import { cn } from "@/lib/cn";

export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("min-w-0 rounded-lg border border-border bg-card p-4 text-card-foreground shadow-sm sm:p-6", className)} {...props} />;
}

/** What a list shows when it has nothing in it, and what to do about that. */
export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-input bg-card p-6 text-center sm:p-10" data-testid="empty-state">
      <p className="font-medium text-card-foreground">{title}</p>
      {children && <div className="mt-3 text-sm text-muted-foreground">{children}</div>}
    </div>
  );
}
