import Link from "next/link";
import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { Button } from "./button";

/** A table that scrolls sideways inside its own frame when it is wider than the screen, never the page. */
export function Table({ className, ...props }: HTMLAttributes<HTMLTableElement>) {
  return (
    <div className="max-w-full min-w-0 overflow-x-auto rounded-lg border border-border bg-card">
      <table className={cn("min-w-full divide-y divide-border text-sm [&_tbody]:divide-y [&_tbody]:divide-border", className)} {...props} />
    </div>
  );
}

export function Th({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cn("bg-muted px-3 py-2 text-left font-semibold text-muted-foreground", className)} {...props} />;
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-3 py-2 align-top text-card-foreground", className)} {...props} />;
}

/** A row that lights up under the pointer, for lists whose rows lead somewhere. */
export function Tr({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn("hover:bg-muted", className)} {...props} />;
}

/** How a sortable column is sorted now, and the address that sorts it the other way (the server sorts). */
export type SortLink = { href: string; active: "asc" | "desc" | null };

/** A column header that sorts by following a link: the list is sorted and paged on the server. */
export function SortableTh({ label, sort, className }: { label: string; sort: SortLink; className?: string }) {
  const ariaSort = sort.active === "asc" ? "ascending" : sort.active === "desc" ? "descending" : undefined;
  return (
    <Th aria-sort={ariaSort} className={className}>
      <Link href={sort.href} className="inline-flex items-center gap-1 text-foreground hover:underline">
        {label}
        <span aria-hidden="true">{sort.active === "asc" ? "▲" : sort.active === "desc" ? "▼" : "↕"}</span>
      </Link>
    </Th>
  );
}

type PageLink = { href: string; label: string };

/**
 * The links between the pages of a list paged on the server. A list paged by keyset knows only
 * the way back to the first page and on to the next; one paged by number also knows the previous
 * page and where the reader is (`position`).
 */
export function Pagination({ label, first, previous, next, position }: { label: string; first?: PageLink; previous?: PageLink; next?: PageLink; position?: string }) {
  const links = [first, previous, next];
  if (!links.some(Boolean) && !position) return null;
  const link = (page: PageLink | undefined) =>
    page && (
      <Button asChild variant="secondary">
        <Link href={page.href}>{page.label}</Link>
      </Button>
    );
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3">
      {link(first)}
      {link(previous)}
      {position && <span className="text-sm text-muted-foreground">{position}</span>}
      {link(next)}
    </nav>
  );
}

/**
 * For a table read on a phone: below `sm` each row becomes a block and each cell shows its
 * column's name (its `data-label`) above its value, instead of scrolling sideways.
 */
export const stacked = {
  table: "max-sm:block max-sm:[&_tbody]:block max-sm:[&_thead]:hidden",
  row: "max-sm:block max-sm:py-2",
  cell: "max-sm:block max-sm:py-1 max-sm:before:block max-sm:before:text-xs max-sm:before:font-medium max-sm:before:text-muted-foreground max-sm:before:content-[attr(data-label)]",
};
