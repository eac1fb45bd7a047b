"use client";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { Digits } from "@/lib/i18n/digits";
import { useAppFormat } from "@/lib/i18n/use-app-format";

/**
 * The breakdown drawn as bars. The table beside it holds the same figures for everyone, so the
 * drawing is one image to assistive technology, with its caption as its name.
 */
export function BreakdownChart({ label, data, digits }: { label: string; data: { label: string; workers: number }[]; digits: Digits }) {
  const format = useAppFormat(digits);
  return (
    <figure role="img" aria-label={label} className="rounded-lg border border-border bg-card p-3">
      <BarChart responsive accessibilityLayer={false} layout="vertical" data={data} style={{ width: "100%", height: 40 + data.length * 32 }} margin={{ left: 8, right: 24 }}>
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis type="number" allowDecimals={false} tickFormatter={format.count} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => format.count(Number(value))} />
        <Bar dataKey="workers" name={label} fill="var(--chart-1)" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}
