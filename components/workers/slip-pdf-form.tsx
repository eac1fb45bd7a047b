"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Sends the slip's code back once, in a POST body, and saves the PDF that comes back. Fetched
 * rather than submitted so that a refusal shows here, beside the slip, instead of replacing the
 * page that is the only place the code is shown; without JavaScript the form posts all the same.
 */
export function SlipPdfForm({ action, code, label }: { action: string; code: string; label: string }) {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      method="post"
      action={action}
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        setProblem(null);
        try {
          const response = await fetch(action, { method: "POST", body: new FormData(event.currentTarget) });
          if (!response.ok) return setProblem(await response.text());
          const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "slip.pdf";
          const link = Object.assign(document.createElement("a"), { href: URL.createObjectURL(await response.blob()), download: name });
          link.click();
          URL.revokeObjectURL(link.href);
        } finally {
          setPending(false);
        }
      }}
    >
      <input type="hidden" name="code" value={code} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      {problem && (
        <p role="alert" className="mt-2 text-sm text-destructive">
          {problem}
        </p>
      )}
    </form>
  );
}
