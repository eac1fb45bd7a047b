import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listQuotas } from "@/lib/data/quotas";
import { localName } from "@/lib/i18n/locales";
import { QuotaQuery } from "@/lib/schemas/reports";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { QuotaForm } from "@/components/reports/quota-form";
import { saveQuotaAction } from "./actions";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata() {
  const t = await getTranslations("quotas");
  return { title: t("title") };
}

export default async function QuotasPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, actor, t, format, locale] = await Promise.all([searchParams, getActor(), getTranslations(), getAppFormat(), getLocale()]);
  const thisYear = new Date().getUTCFullYear();
  const asked = QuotaQuery.safeParse({ year: typeof params.year === "string" ? params.year : undefined });
  const year = (asked.success && asked.data.year) || thisYear;
  const rows = await forPage(listQuotas(actor, year));
  const mayManage = actor ? can(actor, "quota.manage") : false;

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("quotas.title", { year })}</h1>
      <p className="text-sm text-muted-foreground">{t("quotas.intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <InputField name="year" type="number" label={t("quotas.year")} min={2000} max={2100} defaultValue={year} className="w-32" />
        <Button type="submit" variant="secondary">
          {t("quotas.show")}
        </Button>
        {year !== thisYear && (
          <Button asChild variant="ghost">
            <Link href="/reports/quotas">{t("quotas.thisYear")}</Link>
          </Button>
        )}
      </form>
      {!asked.success && (
        <Notice role="alert" tone="error">
          {t("validation.year")}
        </Notice>
      )}
      <Table data-testid="quotas">
        <caption className="sr-only">{t("quotas.caption", { year })}</caption>
        <thead>
          <tr>
            <Th>{t("quotas.destination")}</Th>
            <Th className="text-right">{t("quotas.quota")}</Th>
            <Th className="text-right">{t("quotas.deployed", { year })}</Th>
            <Th className="text-right">{t("quotas.utilisation")}</Th>
            {mayManage && <Th>{t("quotas.set")}</Th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((row) => {
            const name = localName(locale, row);
            return (
              <tr key={row.country}>
                <Th scope="row" className="bg-transparent font-medium">
                  {name}
                </Th>
                <Td className="text-right tabular-nums">
                  {row.quota ? format.count(row.quota.workers) : "—"}
                  {row.quota?.note && <span className="block text-xs text-muted-foreground">{row.quota.note}</span>}
                </Td>
                <Td className="text-right tabular-nums">{format.count(row.deployed)}</Td>
                <Td className="text-right tabular-nums" data-testid={`utilisation-${row.country}`}>
                  {format.percent(row.utilisation, { maximumFractionDigits: 1 })}
                </Td>
                {mayManage && (
                  <Td>
                    <QuotaForm action={saveQuotaAction} countryCode={row.country} countryName={name} year={year} quota={row.quota} />
                  </Td>
                )}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
