/** A secret shown this once (a temporary password, an API token): only its hash is kept. */
export function OneTimeSecret({ label, hint, value, testId }: { label: string; hint: string; value: string; testId: string }) {
  return (
    <div role="status" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p>{label}</p>
      <p className="font-mono text-lg tracking-wide break-all" data-testid={testId}>
        {value}
      </p>
      <p className="text-muted-foreground">{hint}</p>
    </div>
  );
}
