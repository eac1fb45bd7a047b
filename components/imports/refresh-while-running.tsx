"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Re-reads the page every second while the import runs: it can be closed and opened again at any time. */
export function RefreshWhileRunning({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1_000);
    return () => clearInterval(timer);
  }, [running, router]);
  return null;
}
