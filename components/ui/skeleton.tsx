import type { HTMLAttributes } from "react";
import { cn } from "@/lib/cn";

/** A grey block where content will be, while the page's data is on its way. */
export function Skeleton({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-accent", className)} {...props} />;
}
