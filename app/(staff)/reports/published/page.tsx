import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { byName } from "@/lib/i18n/collate";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listPublishedSources } from "@/lib/data/published-figures";
import { listCountries } from "@/lib/data/reference";
import { localName } from "@/lib/i18n/locales";
import { cn } from "@/lib/cn";
import { Button } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { setSourceRetiredAction } from "./actions";
import { Badge } from "@/components/ui/badge";
import { DoneToast } from "@/components/ui/done-toast";

export async function generateMetadata() {
  const t = await getTranslations("published");
  return { title: t("pageTitle") };
}

export default async function PublishedSourcesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const [{ saved }, actor, t, format, locale] = await Promise.all([searchParams, getActor(), getTranslations(), getAppFormat(), getLocale()]);
  const [sources, countries] = await forPage(Promise.all([listPublishedSources(actor), listCountries()]));
  const mayManage = actor ? can(actor, "publishedFigure.manage") : false;
  const countryName = (code: string) => {
    const country = countries.find((c) => c.code === code);
    return country ? localName(locale, country) : code;
  };
  const date = (value: Date) => format.day(value, "long");

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("published.pageTitle")}</h1>
        {mayManage && (
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="secondary">
              <Link href="/reports/published/import">{t("published.importTitle")}</Link>
            </Button>
            <Button asChild>
              <Link href="/reports/published/new">{t("published.newTitle")}</Link>
            </Button>
          </div>
        )}
      </div>
      <p className="text-sm text-muted-foreground">{t("published.intro")}</p>
      {saved && <DoneToast message={t("published.saved", { id: saved })} />}
      {sources.length === 0 && <EmptyState title={t("published.empty")} />}
      {sources.map((source) => {
        const headingId = `source-${source.id}`;
        return (
          <article key={source.id} aria-labelledby={headingId}>
            <Card className={cn("space-y-3", source.retiredAt && "border-dashed bg-muted")}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="space-y-1">
                  <h2 id={headingId} className="text-lg font-semibold">
                    {source.title}
                  </h2>
                  <p className="text-sm text-muted-foreground">
                    <span className="font-mono">{source.id}</span>
                    {" · "}
                    {t("published.publishedOnDate", { date: date(source.publishedOn) })}
                    {" · "}
                    {t("published.asOfDate", { date: date(source.asOf) })}
                  </p>
                  {source.official && <Badge data-testid="official">{t("published.officialBadge")}</Badge>}
                  {source.retiredAt && (
                    <Badge data-testid="retired">
                      {t("published.retiredOn", { date: date(source.retiredAt) })}
                    </Badge>
                  )}
                  {source.note && <p className="text-sm text-muted-foreground">{source.note}</p>}
                </div>
                {mayManage && (
                  <div className="flex flex-wrap items-start gap-2">
                    <Button asChild variant="secondary">
                      <Link href={`/reports/published/${source.id}`}>{t("published.correct")}</Link>
                    </Button>
                    <ConfirmActionButton
                      action={setSourceRetiredAction.bind(null, source.id, !source.retiredAt)}
                      label={t(source.retiredAt ? "published.restore" : "published.retire")}
                      confirm={t(source.retiredAt ? "published.restoreConfirm" : "published.retireConfirm", { title: source.title })}
                    />
                  </div>
                )}
              </div>
              <Table>
                <thead>
                  <tr>
                    <Th>{t("published.destination")}</Th>
                    <Th className="text-right">{t("published.workers")}</Th>
                    <Th>{t("published.note")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-border">
                  {source.figures.toSorted(byName(locale, (figure) => countryName(figure.countryCode))).map((figure) => (
                    <tr key={figure.countryCode}>
                      <Td>{countryName(figure.countryCode)}</Td>
                      <Td className="text-right tabular-nums">{format.count(figure.workers)}</Td>
                      <Td>{figure.note ?? ""}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </Card>
          </article>
        );
      })}
    </div>
  );
}
