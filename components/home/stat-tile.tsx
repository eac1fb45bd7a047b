import Link from "next/link";
import { Card } from "@/components/ui/card";

/** One number on a home page, opening the list it counts. */
export function StatTile({ label, value, hint, href, testId }: { label: string; value: string; hint?: string; href: string; testId: string }) {
  return (
    <Link href={href} data-testid={testId} className="group block rounded-lg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring">
      <Card className="h-full p-4 group-hover:border-ring group-hover:bg-accent">
        <p className="text-sm font-medium text-muted-foreground">{label}</p>
        <p className="mt-1 text-3xl font-semibold text-link tabular-nums" data-testid={`${testId}-value`}>
          {value}
        </p>
        {hint && <p className="mt-1 text-xs text-muted-foreground">{hint}</p>}
      </Card>
    </Link>
  );
}

/** A titled group of tiles or a list, with the link to everything behind it. */
export function HomeSection({ id, title, more, children }: { id: string; title: string; more?: { href: string; label: string }; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {more && (
          <Link href={more.href} className="text-sm text-link underline underline-offset-2">
            {more.label}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

export const tileGrid = "grid gap-3 sm:grid-cols-3";
