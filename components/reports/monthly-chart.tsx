"use client";
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { Digits } from "@/lib/i18n/digits";
import { useAppFormat } from "@/lib/i18n/use-app-format";

/**
 * Deployments and returns side by side per month; one image to assistive technology, as the table
 * has the figures. Months come named by the server, whose calendar data every browser may not have.
 */
export function MonthlyChart({ label, data, digits }: { label: string; data: { month: string; deployed: number; returned: number }[]; digits: Digits }) {
  const t = useTranslations("reports");
  const format = useAppFormat(digits);
  return (
    <figure role="img" aria-label={label} className="rounded-lg border border-border bg-card p-3">
      <BarChart responsive accessibilityLayer={false} data={data} style={{ width: "100%", height: 320 }} margin={{ right: 16 }}>
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis dataKey="month" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tickFormatter={format.count} />
        <Tooltip formatter={(value) => format.count(Number(value))} />
        <Legend />
        <Bar dataKey="deployed" name={t("deployments")} fill="var(--chart-1)" isAnimationActive={false} />
        <Bar dataKey="returned" name={t("returns")} fill="var(--chart-2)" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}
