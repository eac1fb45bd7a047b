"use client";
import { Button } from "./button";

/** Prints the page; with a printable document on it, the print-out is the document alone (globals.css). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
