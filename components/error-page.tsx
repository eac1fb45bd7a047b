import Link from "next/link";
import { Button } from "@/components/ui/button";

/** The page a refusal or a missing record shows: what happened, and the way home. */
export function ErrorPage({ title, message, home }: { title: string; message: string; home: string }) {
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-muted-foreground">{message}</p>
      <Button asChild variant="secondary" className="mt-6">
        <Link href="/">{home}</Link>
      </Button>
    </main>
  );
}
