export type TimelineEntry = { id: string; at: string; who: string; what: string; note: string | null };

/** The case's history, oldest first: each step, note, payment and transfer with who and when. */
export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="space-y-3 border-l border-border pl-4" data-testid="case-timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="text-sm">
          <p>
            <span className="font-medium">{entry.what}</span> <span className="text-muted-foreground">· {entry.who} · {entry.at}</span>
          </p>
          {entry.note && <p className="whitespace-pre-wrap">{entry.note}</p>}
        </li>
      ))}
    </ol>
  );
}
