import Link from "next/link";
import { cn } from "@/lib/cn";

export type TabLink = { href: string; label: string; current?: boolean };

/**
 * Tabs that are pages: each one a link, the current one marked with aria-current. (Radix's Tabs
 * switch panels within one page; these change the address, so Back and a shared link work.)
 */
export function TabLinks({ label, tabs }: { label: string; tabs: TabLink[] }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-1 border-b border-border pb-2">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.current ? "page" : undefined}
          className={cn("rounded-md px-3 py-1.5 text-sm hover:bg-accent", tab.current ? "bg-foreground text-background hover:bg-foreground" : "text-muted-foreground")}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
