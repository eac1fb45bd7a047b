import { Notice } from "@/components/ui/notice";
/** A secret shown this once (a temporary password, an API token): only its hash is kept. */
export function OneTimeSecret({ label, hint, value, testId }: { label: string; hint: string; value: string; testId: string }) {
  return (
    <Notice role="status" tone="warning" className="space-y-1">
      <p>{label}</p>
      <p className="font-mono text-lg tracking-wide break-all" data-testid={testId}>
        {value}
      </p>
      <p className="text-muted-foreground">{hint}</p>
    </Notice>
  );
}
