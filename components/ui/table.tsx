import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

export function Table({ className, ...props }: HTMLAttributes<HTMLTableElement>) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={cn("min-w-full divide-y divide-slate-200 text-sm", className)} {...props} />
    </div>
  );
}

export function Th({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cn("bg-slate-50 px-3 py-2 text-left font-semibold text-slate-700", className)} {...props} />;
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-3 py-2 align-top text-slate-800", className)} {...props} />;
}

/**
 * For a table read on a phone: below `sm` each row becomes a block and each cell shows its
 * column's name (its `data-label`) above its value, instead of scrolling sideways.
 */
export const stacked = {
  table: "max-sm:block max-sm:[&_tbody]:block max-sm:[&_thead]:hidden",
  row: "max-sm:block max-sm:py-2",
  cell: "max-sm:block max-sm:py-1 max-sm:before:block max-sm:before:text-xs max-sm:before:font-medium max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)]",
};
