import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listCurrencyRates } from "@/lib/data/currency-rates";
import { CURRENCIES } from "@/lib/schemas/case";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";
import { Table, Td, Th } from "@/components/ui/table";
import { CurrencyRateForm } from "@/components/reports/currency-rate-form";
import { CheckedThenStreamed } from "../../checked-then-streamed";
import { setCurrencyRateAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("currencyRates");
  return { title: t("title") };
}

async function CurrencyRatesPageContent() {
  const [actor, t, format] = await Promise.all([getActor(), getTranslations(), getAppFormat()]);
  const rates = await forPage(listCurrencyRates(actor));
  const mayManage = actor ? can(actor, "currencyRate.manage") : false;
  const byCurrency = new Map(rates.map((rate) => [rate.currency, rate]));
  // The currencies cases are recorded in, then any other that has a rate.
  const currencies = [...CURRENCIES, ...rates.map((rate) => rate.currency).filter((code) => !(CURRENCIES as readonly string[]).includes(code))];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("currencyRates.title")}</h1>
      <p className="max-w-2xl text-sm text-muted-foreground">{t("currencyRates.intro")}</p>
      <Table data-testid="currency-rates">
        <caption className="sr-only">{t("currencyRates.caption")}</caption>
        <thead>
          <tr>
            <Th>{t("currencyRates.currency")}</Th>
            <Th className="text-right">{t("currencyRates.usdPerUnit")}</Th>
            <Th>{t("currencyRates.asOf")}</Th>
            {mayManage && <Th>{t("currencyRates.set")}</Th>}
          </tr>
        </thead>
        <tbody>
          {currencies.map((currency) => {
            const rate = byCurrency.get(currency);
            return (
              <tr key={currency} data-currency={currency}>
                <Th scope="row" className="bg-transparent font-medium text-card-foreground">
                  {currency}
                </Th>
                <Td className="text-right tabular-nums">{rate ? rate.usdPerUnit : t("currencyRates.none")}</Td>
                <Td>{format.dayOrDash(rate?.asOf ?? null)}</Td>
                {mayManage && (
                  <Td>
                    <CurrencyRateForm action={setCurrencyRateAction} currency={currency} rate={rate ? { usdPerUnit: rate.usdPerUnit, asOf: rate.asOf.toISOString().slice(0, 10) } : null} />
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

export default function CurrencyRatesPage() {
  return (
    <CheckedThenStreamed action="case.report" fallback={<ListPageSkeleton />}>
      <CurrencyRatesPageContent />
    </CheckedThenStreamed>
  );
}
